# The upstream "StatefulSet Basics" tutorial, part 1: create the headless Service and the
# StatefulSet while watching the pods come up one ordinal at a time.
cat <<'YAML' > web.yaml
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
  minReadySeconds: 10
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
YAML
timeout 60 kubectl get pods -w -l app=nginx &
kubectl apply -f web.yaml
sleep 60
kubectl get service nginx
kubectl get statefulset web
kubectl get pods -l app=nginx
for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done
kubectl get pvc -l app=nginx
