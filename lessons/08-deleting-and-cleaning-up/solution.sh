# Solution for "Deleting and cleaning up"; npm run lessons:check replays it step by step.

# step: orphan-delete
kubectl delete statefulset web --cascade=orphan
kubectl get pods -l app=nginx
kubectl get pod web-0 -o jsonpath='{.metadata.ownerReferences}{"\n"}'

# step: re-adopt
kubectl apply -f web.yaml
sleep 5
kubectl get pods -l app=nginx

# step: cascade-delete
kubectl delete statefulset web
sleep 30
kubectl get pods,pvc -l app=nginx

# step: reclaim-policies
PV=$(kubectl get pvc www-web-0 -o jsonpath='{.spec.volumeName}')
kubectl patch pv "$PV" -p '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}'
kubectl delete pvc -l app=nginx
sleep 10
kubectl get pv

# step: exercise-reuse-volume
PV=$(kubectl get pv -o jsonpath='{.items[0].metadata.name}')
kubectl patch pv "$PV" --type=json -p '[{"op":"remove","path":"/spec/claimRef"}]'
cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: restored
spec:
  storageClassName: standard
  volumeName: $PV
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
EOF
sleep 10
kubectl get pv,pvc
