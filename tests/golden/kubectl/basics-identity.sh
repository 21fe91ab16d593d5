# files: web.yaml
# Stable network identity: ordinal names, hostnames, DNS names through the headless Service,
# and pods re-created with the same names after deletion.
kubectl apply -f web.yaml
sleep 60
for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done
kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-0.nginx
timeout 45 kubectl get pod -w -l app=nginx &
kubectl delete pod -l app=nginx
sleep 45
for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname -f'; done
kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-1.nginx
