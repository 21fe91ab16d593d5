# Solution for "When a node fails"; npm run lessons:check replays it step by step.

# step: backup
kubectl exec web-1 -- sh -c 'echo "precious data" > /usr/share/nginx/html/index.html'
kubectl exec web-1 -- cat /usr/share/nginx/html/index.html > web-1-backup.html
cat web-1-backup.html

# step: node-down
kubectl get pods -o wide
NODE=$(kubectl get pod web-1 -o jsonpath='{.spec.nodeName}')
docker stop $NODE
sleep 50
kubectl get nodes

# step: stuck-terminating
sleep 300
kubectl get pods -o wide
kubectl describe pod web-1

# step: force-delete
kubectl delete pod web-1 --grace-period=0 --force
sleep 10
kubectl get pods -o wide
kubectl describe pod web-1

# step: restore
kubectl delete pvc www-web-1 --wait=false
kubectl delete pod web-1
sleep 30
kubectl get pods,pvc -o wide
kubectl exec -i web-1 -- sh -c 'cat > /usr/share/nginx/html/index.html' < web-1-backup.html
kubectl exec web-1 -- cat /usr/share/nginx/html/index.html

# step: exercise-back-to-health
docker start $NODE
sleep 60
kubectl get nodes
kubectl get pods -o wide
