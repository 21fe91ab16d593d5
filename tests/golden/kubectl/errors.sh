# kubectl's own errors, each checked against a real v1.32 client (flag parsing, unknown
# commands, missing arguments) or kubernetes-behaviour.md section D8 (server errors).
kubectl get pods --foo
kubectl get pods -z
kubectl get pods -n
kubectl gett pods
kubectl foo
kubectl xyzzyq
kubectl get
kubectl get pods -o foo
kubectl create statefulset web
kubectl create
kubectl logs
kubectl exec web-0
kubectl exec web-0 hostname
kubectl delete
kubectl apply
kubectl apply -f nofile.yaml
kubectl rollout status
kubectl get foo
kubectl get sts web
kubectl get pod web-0 web-1
kubectl describe
kubectl scale sts web --replicas=x
kubectl wait --timeout=5
kubectl get pods --watch=maybe
kubectl apply -f web.yaml --dry-run
kubectl apply -f web.yaml --dry-run=always
kubectl delete pod web-0 --cascade=sometimes
kubectl cordon
kubectl set image
# apply on an object created imperatively: kubectl warns and adds the annotation
kubectl create configmap imperative --from-literal=mode=a
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: imperative\ndata:\n  mode: b\n' | kubectl apply -f -
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: imperative\ndata:\n  mode: b\n' | kubectl apply -f -
