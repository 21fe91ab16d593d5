// The sandbox's starting point: kind's default cluster and a web.yaml (headless Service and
// StatefulSet from the Kubernetes tutorial) in the learner's home directory.
import type { ClusterOptions } from '@/simulator/index'

export const SANDBOX_FILE = 'web.yaml'

const STARTER = `apiVersion: v1
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
  serviceName: nginx
  replicas: 2
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
`

export const SANDBOX_OPTIONS: ClusterOptions = { seed: 1, interactive: true, files: { [SANDBOX_FILE]: STARTER } }

export const SANDBOX_BANNER = `Ordinal sandbox: a simulated kind cluster (Kubernetes v1.31).
${SANDBOX_FILE} is in your home directory: try  kubectl apply -f ${SANDBOX_FILE}
`
