# files: web.yaml
# Stable storage: one claim per pod from the volumeClaimTemplate, and data written into a
# pod's volume served again after the pod is deleted and re-created.
kubectl apply -f web.yaml
sleep 60
kubectl get pvc -l app=nginx
kubectl get pv
for i in 0 1; do kubectl exec "web-$i" -- curl -s http://localhost/ | head -2; done
for i in 0 1; do kubectl exec "web-$i" -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'; done
for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
kubectl delete pod -l app=nginx
sleep 45
kubectl get pods -l app=nginx
for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
