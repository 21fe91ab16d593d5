# Solution for "Capacity"; npm run lessons:check replays it step by step.

# step: requests
kubectl get pvc
kubectl get pv

# step: no-volume-fits
cat <<'EOF' | kubectl apply -f -
apiVersion: v1
kind: PersistentVolume
metadata:
  name: small
spec:
  storageClassName: manual
  capacity:
    storage: 1Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/small
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: wants-5
spec:
  storageClassName: manual
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
EOF
sleep 5
kubectl describe pvc wants-5
cat <<'EOF' | kubectl apply -f -
apiVersion: v1
kind: PersistentVolume
metadata:
  name: large
spec:
  storageClassName: manual
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/large
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: medium
spec:
  storageClassName: manual
  capacity:
    storage: 8Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/medium
EOF
sleep 20
kubectl get pv,pvc

# step: growing-storage
kubectl patch pvc www-web-0 -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'
sed -i 's/storage: 1Gi/storage: 2Gi/' web.yaml
kubectl apply -f web.yaml

# step: exercise-reports
# The volume first: when the claim arrives, reports-pv is the smallest volume that fits.
cat <<'EOF' | kubectl apply -f -
apiVersion: v1
kind: PersistentVolume
metadata:
  name: reports-pv
spec:
  storageClassName: manual
  capacity:
    storage: 4Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: manual
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 3Gi
EOF
sleep 5
kubectl get pvc reports
