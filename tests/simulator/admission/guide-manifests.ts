// The manifests of shared/seed/statefulsets-guide.md, as written there (including its mistakes),
// plus tutorial-shaped manifests covering the fields the upstream StatefulSet tutorials use.

export const guideStatefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 3
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
        image: nginx:1.14.2
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

export const guideDatabase = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db-statefulset
spec:
  serviceName: "db"
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: mysql
        image: mysql:5.7
        ports:
        - containerPort: 3306
        volumeMounts:
        - name: mysql-data
          mountPath: /var/lib/mysql
  volumeClaimTemplates:
  - metadata:
      name: mysql-data
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`

export const guidePersistentVolume = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shared-nfs
spec:
  capacity:
    storage: 10Gi
  accessModes:
    - ReadWriteMany
  nfs:
    server: nfs-server.example.com
    path: "/shared"
`

export const guideClaim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-nfs-claim
spec:
  accessModes:
    - ReadWriteMany
  resources:
    requests:
      storage: 10Gi
  volumeName: shared-nfs
`

export const guideSharedStorage = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web-statefulset
spec:
  serviceName: "web"
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
        volumeMounts:
        - name: shared-storage
          mountPath: /usr/share/nginx/html
  volumes:
  - name: shared-storage
    persistentVolumeClaim:
      claimName: shared-nfs-claim
`

/** A replicated database in the style of the MySQL tutorial: init containers, env, configMap and emptyDir volumes, exec probes. */
export const tutorialDatabase = `apiVersion: v1
kind: ConfigMap
metadata:
  name: db
  labels: {app: db}
data:
  primary.cnf: |
    [mysqld]
    log-bin
---
apiVersion: v1
kind: Service
metadata:
  name: db-read
  labels: {app: db, readonly: "true"}
spec:
  ports:
  - {name: mysql, port: 3306}
  selector: {app: db}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  selector: {matchLabels: {app: db}}
  serviceName: db
  replicas: 3
  template:
    metadata:
      labels: {app: db}
    spec:
      initContainers:
      - name: init-db
        image: mysql:5.7
        command: [bash, "-c", "echo init"]
        volumeMounts:
        - {name: conf, mountPath: /mnt/conf.d}
        - {name: config-map, mountPath: /mnt/config-map}
      containers:
      - name: db
        image: mysql:5.7
        env:
        - {name: MYSQL_ALLOW_EMPTY_PASSWORD, value: "1"}
        ports:
        - {name: mysql, containerPort: 3306}
        volumeMounts:
        - {name: data, mountPath: /var/lib/mysql, subPath: mysql}
        resources:
          requests: {cpu: 500m, memory: 1Gi}
        livenessProbe:
          exec: {command: [mysqladmin, ping]}
          initialDelaySeconds: 30
          periodSeconds: 10
          timeoutSeconds: 5
        readinessProbe:
          exec: {command: [mysql, -h, 127.0.0.1, -e, SELECT 1]}
          initialDelaySeconds: 5
          periodSeconds: 2
          timeoutSeconds: 1
      volumes:
      - name: conf
        emptyDir: {}
      - name: config-map
        configMap: {name: db}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 10Gi}}
`

/** A quorum service in the style of the ZooKeeper tutorial: two Services, a PodDisruptionBudget, anti-affinity, security context. */
export const tutorialQuorum = `apiVersion: v1
kind: Service
metadata:
  name: q-hs
  labels: {app.kubernetes.io/name: q}
spec:
  ports:
  - {port: 2888, name: server}
  - {port: 3888, name: leader-election}
  clusterIP: None
  selector: {app.kubernetes.io/name: q}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: q-pdb
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: q}
  maxUnavailable: 1
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: q
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: q}
  serviceName: q-hs
  replicas: 3
  updateStrategy:
    type: RollingUpdate
  podManagementPolicy: OrderedReady
  template:
    metadata:
      labels: {app.kubernetes.io/name: q}
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions:
              - {key: app, operator: In, values: [q]}
            topologyKey: kubernetes.io/hostname
      containers:
      - name: server
        imagePullPolicy: Always
        image: registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10
        resources:
          requests: {memory: 1Gi, cpu: "0.5"}
        ports:
        - {containerPort: 2181, name: client}
        command: [sh, -c, start]
        readinessProbe:
          exec: {command: [sh, -c, ready 2181]}
          initialDelaySeconds: 10
          timeoutSeconds: 5
        volumeMounts:
        - {name: datadir, mountPath: /var/lib/zookeeper}
      securityContext:
        runAsUser: 1000
        fsGroup: 1000
  volumeClaimTemplates:
  - metadata: {name: datadir}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 10Gi}}
`
