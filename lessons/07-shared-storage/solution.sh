# Solution for "Shared storage"; npm run lessons:check replays it step by step.

# step: claim-pending
kubectl apply -f pv.yaml
kubectl apply -f pvc.yaml
sleep 5
kubectl get pv,pvc
kubectl describe pvc shared-nfs-claim

# step: pre-bind
kubectl delete pvc shared-nfs-claim
sed -i 's/  volumeName: shared-nfs/  volumeName: shared-nfs\n  storageClassName: ""/' pvc.yaml
kubectl apply -f pvc.yaml
sleep 5
kubectl get pvc shared-nfs-claim

# step: misplaced-volumes
kubectl apply -f statefulset.yaml
sed -i 's/^  volumes:/      volumes:/; s/^  - name: shared-storage/      - name: shared-storage/; s/^    persistentVolumeClaim:/        persistentVolumeClaim:/; s/^      claimName: shared-nfs-claim/          claimName: shared-nfs-claim/' statefulset.yaml
kubectl apply -f statefulset.yaml

# step: mount-fails
sleep 30
kubectl get pods
kubectl describe pod web-statefulset-0

# step: access-modes
kubectl delete statefulset web-statefulset
cat <<'EOF' | kubectl apply -f -
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-local
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
EOF
sed -i 's/claimName: shared-nfs-claim/claimName: shared-local/' statefulset.yaml
kubectl apply -f statefulset.yaml
sleep 1
kubectl rollout status statefulset/web-statefulset --timeout=5m
kubectl get pods -o wide

# step: exercise-bind-by-class
cat <<'EOF' | kubectl apply -f -
apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: manual
  hostPath:
    path: /data/archive
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive-claim
spec:
  storageClassName: manual
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
EOF
sleep 20
kubectl get pv archive
kubectl get pvc archive-claim
