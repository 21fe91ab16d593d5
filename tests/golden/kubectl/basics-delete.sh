# files: web.yaml
# Deleting: orphaning the pods, re-adoption by a new StatefulSet, cascading deletion, and the
# claims that remain.
kubectl apply -f web.yaml
sleep 60
kubectl delete statefulset web --cascade=orphan
kubectl get pods -l app=nginx
kubectl delete pod web-0
kubectl get pods -l app=nginx
kubectl apply -f web.yaml
sleep 30
kubectl get pods -l app=nginx
timeout 30 kubectl get pods -w -l app=nginx &
kubectl delete statefulset web
sleep 30
kubectl delete service nginx
kubectl get pvc
kubectl delete pvc -l app=nginx
sleep 5
kubectl get pv
