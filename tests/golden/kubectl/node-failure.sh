# files: web.yaml
# A node fails (its kind container stopped): NotReady after the grace period, pods evicted after
# their 300 s toleration but stuck Terminating, the StatefulSet waiting; a force delete frees the
# identity, but the claim's local volume pins the pod to the dead node until it comes back.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 90
kubectl get pods -o wide
docker stop kind-worker
sleep 50
kubectl get nodes
kubectl get pods -o wide
sleep 300
kubectl get pods -o wide
kubectl describe pod web-1 | tail -8
kubectl delete pod web-1 --grace-period=0 --force
sleep 30
kubectl get pods -o wide
kubectl get events --field-selector involvedObject.name=web-1 | tail -2
docker start kind-worker
sleep 20
kubectl get nodes
kubectl get pods -o wide
