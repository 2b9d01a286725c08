// Renders every overlay with `kubectl kustomize`, validates each object against the Kubernetes (and CloudNativePG)
// schemas, and checks the deployment rules of k8s/README.md on the rendered output. Run: node --test k8s/test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const k8sDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const overlays = ['dev', 'prod', 'prod-native'];

function render(overlay) {
  const yaml = execFileSync('kubectl', ['kustomize', path.join(k8sDir, 'overlays', overlay)], { encoding: 'utf8' });
  return parseAllDocuments(yaml).map((doc) => doc.toJSON()).filter(Boolean);
}

// The model class of an object, from its apiVersion and kind (core objects live under "v1").
async function modelOf(object) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : [null, object.apiVersion];
  const module = group === 'postgresql.cnpg.io'
    ? `@kubernetes-models/cloudnative-pg/${group}/${version}/${object.kind}`
    : `kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`;
  const exports = await import(module);
  return exports[object.kind];
}

const workloadKinds = new Set(['Deployment', 'StatefulSet']);
const podSpecOf = (object) => object.spec.template.spec;
const matches = (selector, labels) =>
  Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);

for (const overlay of overlays) {
  const objects = render(overlay);
  const workloads = objects.filter((o) => workloadKinds.has(o.kind));
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  const services = workloads.filter((o) => o.metadata.labels?.['app.kubernetes.io/part-of'] === 'plan-monitor');

  test(`${overlay}: every object validates against its schema`, async () => {
    assert.ok(objects.length > 10, 'the overlay renders objects');
    for (const object of objects) {
      const Model = await modelOf(object);
      assert.ok(Model, `no schema for ${object.apiVersion} ${object.kind}`);
      assert.doesNotThrow(() => new Model(object).validate(), `${object.kind}/${object.metadata.name}`);
    }
  });

  test(`${overlay}: the four applications run, each with probes, limits and a locked-down container`, () => {
    assert.deepEqual(services.map((s) => s.metadata.name).sort(), ['documents-service', 'gateway', 'indicators-service', 'projects-service']);
    for (const workload of workloads) {
      const pod = podSpecOf(workload);
      const name = workload.metadata.name;
      assert.equal(pod.securityContext?.runAsNonRoot, true, `${name} runs as non-root`);
      assert.equal(pod.automountServiceAccountToken, false, `${name} mounts no service-account token`);
      for (const container of pod.containers) {
        for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
          assert.ok(container[probe], `${name}/${container.name} has a ${probe}`);
        }
        assert.ok(container.resources?.limits?.memory && container.resources?.limits?.cpu, `${name} has limits`);
        assert.ok(container.resources?.requests?.memory && container.resources?.requests?.cpu, `${name} has requests`);
        assert.equal(container.securityContext?.readOnlyRootFilesystem, true, `${name} has a read-only root`);
        assert.equal(container.securityContext?.allowPrivilegeEscalation, false, `${name} cannot escalate`);
        assert.deepEqual(container.securityContext?.capabilities?.drop, ['ALL'], `${name} drops all capabilities`);
        assert.match(container.image, /:[^:]+$/, `${name} image has a tag`);
        assert.doesNotMatch(container.image, /:latest$/, `${name} image is not :latest`);
      }
    }
  });

  test(`${overlay}: the four applications verify tokens with the same provider settings`, () => {
    const auth = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'plan-monitor-auth');
    assert.ok(auth, 'the plan-monitor-auth ConfigMap is rendered');
    assert.match(auth.data.PLANMONITOR_JWT_PUBLIC_KEY, /^(https:\/\/|file:)/, 'a JWKS URL or a key file');
    assert.ok(auth.data.PLANMONITOR_JWT_ISSUER, 'an issuer');
    assert.match(auth.data.PLANMONITOR_AUTH_READS, /^(open|viewer)$/);
    for (const workload of services) {
      const container = podSpecOf(workload).containers[0];
      const sources = (container.envFrom ?? []).map((source) => source.configMapRef?.name);
      assert.ok(sources.includes('plan-monitor-auth'), `${workload.metadata.name} reads plan-monitor-auth`);
    }
    const projects = services.find((s) => s.metadata.name === 'projects-service');
    const tokenVolume = podSpecOf(projects).volumes.find((v) => v.secret?.secretName === 'projects-service-token');
    assert.ok(tokenVolume, 'projects-service mounts its own token from a secret');
  });

  test(`${overlay}: a default-deny policy covers every pod and only the allowed paths are open`, () => {
    const denyAll = policies.find((p) => Object.keys(p.spec.podSelector).length === 0 && !p.spec.ingress);
    assert.ok(denyAll, 'a policy selects every pod and allows no ingress');
    const allowedSources = (target) => policies
      .filter((p) => matches(p.spec.podSelector, { 'app.kubernetes.io/name': target }))
      .flatMap((p) => p.spec.ingress ?? [])
      .map((rule) => (rule.from ? rule.from.map((f) => f.podSelector?.matchLabels?.['app.kubernetes.io/name']) : ['anywhere']))
      .flat()
      .sort();
    assert.deepEqual(allowedSources('gateway'), ['anywhere']);
    assert.deepEqual(allowedSources('indicators-service'), ['documents-service', 'gateway', 'projects-service']);
    assert.deepEqual(allowedSources('projects-service'), ['documents-service', 'gateway']);
    assert.deepEqual(allowedSources('documents-service'), ['gateway']);
  });

  test(`${overlay}: gRPC services are headless so clients balance calls over pods`, () => {
    for (const name of ['indicators-service', 'projects-service', 'documents-service']) {
      const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === name);
      assert.equal(service.spec.clusterIP, 'None', `${name} Service is headless`);
    }
  });
}

test('prod: each service has its own PostgreSQL cluster, reachable only from that service', () => {
  const objects = render('prod');
  const clusters = objects.filter((o) => o.kind === 'Cluster');
  assert.deepEqual(clusters.map((c) => c.metadata.name).sort(), ['documents-db', 'indicators-db', 'projects-db']);
  for (const cluster of clusters) {
    assert.ok(cluster.spec.instances >= 3, `${cluster.metadata.name} has replicas`);
    assert.ok(cluster.spec.backup?.barmanObjectStore, `${cluster.metadata.name} is backed up`);
    const owner = cluster.metadata.name.replace('-db', '-service');
    const policy = objects.find((o) => o.kind === 'NetworkPolicy'
      && o.spec.podSelector.matchLabels?.['cnpg.io/cluster'] === cluster.metadata.name);
    const appSources = policy.spec.ingress.flatMap((rule) => rule.from)
      .map((f) => f.podSelector?.matchLabels?.['app.kubernetes.io/name']).filter(Boolean);
    assert.deepEqual(appSources, [owner]);
  }
  assert.ok(objects.some((o) => o.kind === 'HorizontalPodAutoscaler'));
  assert.ok(objects.some((o) => o.kind === 'PodDisruptionBudget'));
});

test('no secret values are in the manifests', () => {
  for (const overlay of overlays) {
    assert.equal(render(overlay).filter((o) => o.kind === 'Secret').length, 0, `${overlay} carries no Secret`);
  }
});
