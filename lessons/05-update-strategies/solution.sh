# Solution for "Update strategies"; npm run lessons:check replays it step by step.

# step: rolling-update
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.21
sleep 1
kubectl rollout status statefulset/web

# step: partition
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.24
sleep 40
kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image

# step: canary-to-full
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'
sleep 1
kubectl rollout status statefulset/web

# step: history-undo
kubectl rollout history statefulset/web
kubectl rollout undo statefulset/web
sleep 1
kubectl rollout status statefulset/web

# step: stuck-rollout
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.99
sleep 60
kubectl get pods -l app=nginx
kubectl rollout undo statefulset/web
sleep 10
kubectl delete pod web-2
sleep 1
kubectl rollout status statefulset/web

# step: exercise-on-delete
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete","rollingUpdate":null}}}'
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.24
kubectl delete pod web-1
sleep 30
kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image
