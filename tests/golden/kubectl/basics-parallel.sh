# files: web-parallel.yaml
# Parallel pod management: pods are created and deleted without waiting for each other.
timeout 30 kubectl get pods -w -l app=nginx &
kubectl apply -f web-parallel.yaml
sleep 30
kubectl scale statefulset/web --replicas=4
sleep 30
kubectl get pods -l app=nginx
kubectl delete sts web
