# kubectl explain: layout from kubectl's plaintext template (pkg/explain/v2/templates/plaintext.tmpl),
# checked byte for byte against the kubectl 1.31 binary reading the same schema; descriptions are Ordinal's own.
kubectl explain sts.spec.persistentVolumeClaimRetentionPolicy
kubectl explain statefulsets.spec.podManagementPolicy
kubectl explain pvc.spec.resources --recursive
kubectl explain sts.spec.volumeMounts
kubectl explain sts.apps
kubectl explain
