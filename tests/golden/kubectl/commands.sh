# files: web.yaml
# The rest of the command set: output formats, selectors, labels and annotations, logs, wait,
# secrets and config maps, node maintenance, config, version, api-resources.
kubectl apply -f web.yaml
kubectl wait --for=condition=Ready pod/web-0 --timeout=60s
kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 sts/web --timeout=60s
kubectl get sts web -o name
kubectl get pods -o name --sort-by=.metadata.name
kubectl get pods --show-labels
kubectl get pods -L app -l 'app in (nginx)'
kubectl get pods -A --sort-by=.metadata.creationTimestamp
kubectl get svc nginx -o yaml
kubectl get pvc www-web-0 -o json
kubectl label pod web-0 tier=frontend
kubectl label pod web-0 tier=backend
kubectl label pod web-0 tier=backend --overwrite
kubectl annotate sts web owner=team-a
kubectl get pods -l tier=backend
kubectl label pod web-0 tier-
kubectl logs web-0
kubectl logs web-0 -c sidecar
kubectl create secret generic mysql-pass --from-literal=password=s3cret
kubectl get secret mysql-pass -o jsonpath='{.data.password}' | base64 -d; echo
kubectl create configmap settings --from-literal=mode=demo --dry-run=client -o yaml
kubectl rollout restart sts/web
kubectl rollout status sts/web --timeout=120s
kubectl rollout pause sts/web
kubectl cordon kind-worker
kubectl get nodes
kubectl uncordon kind-worker
kubectl config current-context
kubectl config get-contexts
kubectl config set-context --current --namespace=kube-system
kubectl get pods
kubectl config set-context --current --namespace=default
kubectl version
kubectl api-resources --api-group=apps
kubectl delete pod web-1 --wait=false
kubectl get pod web-1
kubectl delete pod web-0 --grace-period=0 --force
kubectl get pods
# rollout status gives up after --timeout
kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.99
kubectl rollout status sts/web --timeout=20s
