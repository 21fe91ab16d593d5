# files: web.yaml
# describe for the objects a StatefulSet lesson inspects: pod, StatefulSet, claim, volume;
# a crash-looping pod's Last State and back-off events.
kubectl apply -f web.yaml
sleep 60
kubectl describe pod web-0
kubectl describe sts web
kubectl describe pvc www-web-0
kubectl describe pv -l nonexistent=label
kubectl run broken --image=busybox:1.36 --restart=Always -- sh -c 'echo starting; exit 3'
sleep 90
kubectl get pod broken
kubectl describe pod broken
