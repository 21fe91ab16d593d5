# files: guide-mysql.yaml
# The guide's MySQL StatefulSet: crash loop without a root password, the fix through a Secret
# (CreateContainerConfigError while the Secret is missing), and the pods the controller will not
# replace until they are deleted.
kubectl apply -f guide-mysql.yaml
sleep 90
kubectl get pods -l app=db
kubectl logs db-statefulset-0 --tail=4
kubectl patch statefulset db-statefulset --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/env","value":[{"name":"MYSQL_ROOT_PASSWORD","valueFrom":{"secretKeyRef":{"name":"mysql","key":"root-password"}}}]}]'
sleep 60
kubectl get pods -l app=db
kubectl delete pod db-statefulset-0
sleep 20
kubectl get pods -l app=db
kubectl describe pod db-statefulset-0 | tail -3
kubectl create secret generic mysql --from-literal=root-password=s3cret
sleep 30
kubectl get pods -l app=db
kubectl delete pod db-statefulset-1 db-statefulset-2
sleep 60
kubectl get pods -l app=db
kubectl logs db-statefulset-0 --tail=2
# set env: variables from every key of a Secret (names made valid and upper-cased), literals, removal, --list
kubectl create secret generic app-user --from-literal=mysql.user=app --from-literal=app-password=also-secret
kubectl set env statefulset/db-statefulset --from=secret/app-user --prefix=APP_
kubectl set env statefulset/db-statefulset MODE=fast DEBUG=1
kubectl set env statefulset/db-statefulset DEBUG-
kubectl set env statefulset/db-statefulset --list
kubectl set env statefulset/db-statefulset
