# files: guide-web.yaml guide-mysql.yaml guide-pv.yaml guide-pvc.yaml guide-shared.yaml
# Every manifest of the seed guide, applied exactly as written: what a real cluster answers.
# The first has volumeMounts under the pod spec instead of the container: rejected by strict
# field validation, accepted (without the mount) when validation is off.
kubectl apply -f guide-web.yaml
kubectl apply -f guide-web.yaml --validate=false
sleep 60
kubectl get pods
# MySQL without MYSQL_ROOT_PASSWORD: accepted, then every pod crash-loops.
kubectl apply -f guide-mysql.yaml
sleep 120
kubectl get pods -l app=db
kubectl logs db-statefulset-0 | tail -3
# A pre-bound claim without a class gets the default class, so it never binds the class-less PV.
kubectl apply -f guide-pv.yaml
kubectl apply -f guide-pvc.yaml
sleep 30
kubectl get pv shared-nfs
kubectl get pvc shared-nfs-claim
kubectl get events --field-selector involvedObject.name=shared-nfs-claim
# volumes placed under the StatefulSet spec instead of the pod template: rejected.
kubectl apply -f guide-shared.yaml
