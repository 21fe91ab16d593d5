# files: web.yaml
# Scaling: up one ordinal at a time, down in reverse order; the claims stay.
kubectl apply -f web.yaml
sleep 60
timeout 90 kubectl get pods -w -l app=nginx &
kubectl scale sts web --replicas=5
sleep 90
kubectl get pods -l app=nginx
timeout 60 kubectl get pods -w -l app=nginx &
kubectl patch sts web -p '{"spec":{"replicas":3}}'
sleep 60
kubectl get pods -l app=nginx
kubectl get pvc -l app=nginx
kubectl scale sts web --replicas=x
kubectl scale sts web
kubectl scale sts nope --replicas=1
