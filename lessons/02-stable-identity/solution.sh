# Solution for "Stable identity"; npm run lessons:check replays it step by step.

# step: names-and-hostnames
kubectl get pods -l app=nginx
for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done

# step: dns-names
kubectl run -i --rm --restart=Never dns-test --image=busybox:1.28 -- nslookup web-0.nginx

# step: same-name-same-claim
kubectl exec web-0 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl delete pod web-0
sleep 1
kubectl rollout status statefulset/web
kubectl exec web-0 -- cat /usr/share/nginx/html/index.html

# step: exercise-web-1
kubectl exec web-1 -- sh -c 'echo "web-1 was here" > /usr/share/nginx/html/index.html'
kubectl delete pod web-1
sleep 1
kubectl rollout status statefulset/web
