# Solution for "A database that will not start"; npm run lessons:check replays it step by step.

# step: apply-mysql
kubectl apply -f mysql.yaml
sleep 60
kubectl get pods -l app=db

# step: read-logs
kubectl logs db-statefulset-0
kubectl describe pod db-statefulset-0

# step: fix-with-secret
kubectl create secret generic mysql --from-literal=root-password=change-me
sed -i 's|        image: mysql:5.7|        image: mysql:5.7\n        env:\n        - name: MYSQL_ROOT_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: mysql\n              key: root-password|' mysql.yaml
kubectl apply -f mysql.yaml
sleep 20
kubectl get pods -l app=db

# step: replace-pods
kubectl delete pods -l app=db
sleep 1
kubectl rollout status statefulset/db-statefulset --timeout=5m
kubectl logs db-statefulset-0 --tail=3

# step: exercise-db-service
cat <<'EOF' | kubectl apply -f -
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
  - port: 3306
    name: mysql
EOF
kubectl patch secret mysql -p '{"stringData":{"app-password":"also-change-me"}}'
sed -i 's|              key: root-password|              key: root-password\n        - name: MYSQL_USER\n          value: app\n        - name: MYSQL_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: mysql\n              key: app-password|' mysql.yaml
kubectl apply -f mysql.yaml
sleep 1
kubectl rollout status statefulset/db-statefulset --timeout=5m
