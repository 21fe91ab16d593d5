# Solution for "Ordered deployment and scaling"; npm run lessons:check replays it step by step.

# step: scale-up
kubectl scale statefulset web --replicas=5
kubectl rollout status statefulset/web --timeout=5m

# step: scale-down
kubectl scale statefulset web --replicas=2
sleep 90
kubectl get pods -l app=nginx

# step: parallel
kubectl apply -f queue.yaml
kubectl patch statefulset web -p '{"spec":{"podManagementPolicy":"Parallel"}}'
sleep 30
kubectl get pods -l app=queue

# step: termination-order
kubectl delete statefulset web
sleep 30
kubectl get pods -l app=nginx

# step: exercise-orderly-shutdown
sed -i 's/replicas: 2/replicas: 3/' web.yaml
kubectl apply -f web.yaml
kubectl rollout status statefulset/web --timeout=5m
kubectl scale statefulset web --replicas=0
sleep 90
kubectl delete statefulset web
