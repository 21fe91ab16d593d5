# files: web.yaml
# The upstream "StatefulSet Basics" tutorial, creating a StatefulSet: a watch in the background
# shows the pods come up one ordinal at a time while the manifest is applied.
timeout 60 kubectl get pods -w -l app=nginx &
kubectl apply -f web.yaml
sleep 60
kubectl get service nginx
kubectl get statefulset web
kubectl get pods -l app=nginx
