# Solution for "Per-pod storage"; npm run lessons:check replays it step by step.

# step: claims
kubectl get pvc
kubectl get pv

# step: scale-keeps-claims
kubectl exec web-1 -- sh -c 'echo kept > /usr/share/nginx/html/index.html'
kubectl scale statefulset web --replicas=1
sleep 30
kubectl get pvc
kubectl scale statefulset web --replicas=2
sleep 1
kubectl rollout status statefulset/web
kubectl exec web-1 -- cat /usr/share/nginx/html/index.html

# step: retention-policy
kubectl patch statefulset web -p '{"spec":{"persistentVolumeClaimRetentionPolicy":{"whenScaled":"Delete","whenDeleted":"Retain"}}}'
kubectl scale statefulset web --replicas=1
sleep 30
kubectl get pvc,pv

# step: delete-retains
kubectl delete statefulset web
sleep 30
kubectl get pvc

# step: exercise-db-claims
cat >> db.yaml <<'EOF'
  persistentVolumeClaimRetentionPolicy:
    whenScaled: Retain
    whenDeleted: Delete
EOF
kubectl apply -f db.yaml
sleep 1
kubectl rollout status statefulset/db --timeout=5m
kubectl delete statefulset db
sleep 30
kubectl get pvc
