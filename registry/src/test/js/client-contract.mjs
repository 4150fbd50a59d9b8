// Runs two real third-party Node.js schema-registry clients against a registry speaking the
// Confluent Schema Registry REST API, and fails on the first answer a client does not accept.
//
//   node client-contract.mjs <registryUrl> [--java-payload <hex>] [--report <file>]
//
// For each client: register an Avro RawArticle, get its id back, encode a record and decode it
// (through a fresh client, so the schema is fetched by id), register a BACKWARD-compatible
// evolution and expect the client's compatibility error for an incompatible one. For Confluent's
// client the serializer/deserializer path also crosses the `/associations` 404 fallback.
// `--java-payload` is a Confluent-wire-format record written by the Java serializer: each client
// decodes it. `--report` receives, per client, the topic (subject `<topic>-value`) and schema id it
// wrote with, the record it encoded, its wire bytes as hex and the Java record it decoded, for the
// caller to check both directions.
//
// Prints one line per check; exits 1 with the failing check and its cause on any mismatch.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import {
  AvroDeserializer,
  AvroSerializer,
  RestError,
  SchemaRegistryClient,
  SerdeType,
} from '@confluentinc/schemaregistry';

/** The Java serializer writes to this topic, so its subject is news.raw-value. */
const JAVA_TOPIC = 'news.raw';

/**
 * A subset of schemas/src/main/avro/RawArticle.avsc under the same full name, so that the Java
 * deserializer reads these bytes into its generated RawArticle by schema resolution.
 */
function rawArticleSchema(...extraFields) {
  return JSON.stringify({
    type: 'record',
    name: 'RawArticle',
    namespace: 'io.newsstream.schema',
    fields: [
      { name: 'id', type: 'string' },
      { name: 'url', type: ['null', 'string'], default: null },
      { name: 'title', type: ['null', 'string'], default: null },
      { name: 'body', type: 'string' },
      { name: 'ingested_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'publisher_tags', type: { type: 'array', items: 'string' }, default: [] },
      ...extraFields,
    ],
  });
}

const V1 = rawArticleSchema();
const WITH_LANGUAGE = rawArticleSchema({ name: 'language', type: ['null', 'string'], default: null });
const WITH_REQUIRED_WORD_COUNT = rawArticleSchema({ name: 'word_count', type: 'int' });

function article(client) {
  return {
    id: `contract-${client}-1`,
    url: `https://news.example/${client}/oil-prices`,
    title: 'Oil prices climb as Gulf shipping slows',
    body: 'Brent crude rose 3% on Tuesday.\nTankers waited off the Strait of Hormuz — délais annoncés.',
    ingested_at: 1767261600000,
    publisher_tags: ['energy', 'markets'],
  };
}

/** Decoded Avro records are class instances; compare their data only. */
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}

function assertWireHeader(bytes, schemaId) {
  assert.equal(bytes[0], 0, 'magic byte');
  assert.equal(bytes.readInt32BE(1), schemaId, 'schema id in the 5-byte header');
}

async function expectRejection(action, isCompatibilityError, expected) {
  try {
    await action();
  } catch (error) {
    if (isCompatibilityError(error)) {
      return error;
    }
    throw new Error(`expected ${expected}, got ${error?.stack ?? error}`);
  }
  throw new Error(`expected ${expected}, but the registration succeeded`);
}

/** What a check's result looks like on its line: a count for wire bytes, JSON for records. */
function describe(value) {
  if (value === undefined) {
    return '';
  }
  if (Buffer.isBuffer(value)) {
    return ` -> ${value.length} wire-format bytes`;
  }
  return ` -> ${typeof value === 'object' ? JSON.stringify(value) : value}`;
}

class Checks {
  constructor(client) {
    this.client = client;
  }

  async run(description, action) {
    try {
      const result = await action();
      console.log(`ok    ${this.client.padEnd(9)} ${description}${describe(result)}`);
      return result;
    } catch (error) {
      throw new Error(`FAIL  ${this.client.padEnd(9)} ${description}: ${error?.stack ?? error}`);
    }
  }
}

async function kafkajsContract(url, javaPayload) {
  const check = new Checks('kafkajs');
  const topic = 'contract.kafkajs';
  const subject = `${topic}-value`;
  const writer = new SchemaRegistry({ host: url });
  const record = article('kafkajs');

  const id = await check.run('register RawArticle v1', async () =>
    (await writer.register({ type: SchemaType.AVRO, schema: V1 }, { subject })).id);
  await check.run('register v1 again returns the same id', async () => {
    assert.equal((await writer.register({ type: SchemaType.AVRO, schema: V1 }, { subject })).id, id);
  });
  await check.run('latest schema id of the subject', async () => {
    assert.equal(await new SchemaRegistry({ host: url }).getLatestSchemaId(subject), id);
    return id;
  });
  const payload = await check.run('encode a record', async () => {
    const bytes = await writer.encode(id, record);
    assertWireHeader(bytes, id);
    return bytes;
  });
  await check.run('decode it with a fresh client (schema fetched by id)', async () => {
    assert.deepStrictEqual(plain(await new SchemaRegistry({ host: url }).decode(payload)), record);
  });
  await check.run('register a BACKWARD-compatible evolution (field with default)', async () => {
    const evolvedId = (await writer.register({ type: SchemaType.AVRO, schema: WITH_LANGUAGE }, { subject })).id;
    assert.notEqual(evolvedId, id);
    return evolvedId;
  });
  await check.run('reject an incompatible evolution (field without default)', async () => {
    const error = await expectRejection(
      () => writer.register({ type: SchemaType.AVRO, schema: WITH_REQUIRED_WORD_COUNT }, { subject }),
      (e) => e?.status === 409,
      'an HTTP 409 compatibility error');
    return error.message;
  });
  const javaRecord = javaPayload && await check.run('decode the Java serializer\'s bytes', async () =>
    plain(await new SchemaRegistry({ host: url }).decode(javaPayload)));
  return { topic, schemaId: id, record, payload: payload.toString('hex'), javaRecord };
}

async function confluentContract(url, javaPayload) {
  const check = new Checks('confluent');
  const topic = 'contract.confluent';
  const subject = `${topic}-value`;
  const newClient = () => new SchemaRegistryClient({ baseURLs: [url] });
  const registry = newClient();
  const record = article('confluent');

  const id = await check.run('register RawArticle v1', () =>
    registry.register(subject, { schemaType: 'AVRO', schema: V1 }));
  await check.run('register v1 again returns the same id', async () => {
    assert.equal(await newClient().register(subject, { schemaType: 'AVRO', schema: V1 }), id);
  });
  await check.run('latest version of the subject', async () => {
    const latest = await newClient().getLatestSchemaMetadata(subject);
    assert.equal(latest.id, id);
    return `id ${latest.id}, version ${latest.version}`;
  });
  const payload = await check.run('serialize with the latest version (after the /associations 404)', async () => {
    const serializer = new AvroSerializer(newClient(), SerdeType.VALUE, { autoRegisterSchemas: false, useLatestVersion: true });
    const bytes = await serializer.serialize(topic, record);
    assertWireHeader(bytes, id);
    return bytes;
  });
  await check.run('deserialize with a fresh client (after the /associations 404)', async () => {
    const deserializer = new AvroDeserializer(newClient(), SerdeType.VALUE, {});
    assert.deepStrictEqual(plain(await deserializer.deserialize(topic, payload)), record);
  });
  await check.run('register a BACKWARD-compatible evolution (field with default)', async () => {
    assert.equal(await registry.testSubjectCompatibility(subject, { schemaType: 'AVRO', schema: WITH_LANGUAGE }), true);
    const evolvedId = await registry.register(subject, { schemaType: 'AVRO', schema: WITH_LANGUAGE });
    assert.notEqual(evolvedId, id);
    return evolvedId;
  });
  await check.run('reject an incompatible evolution (field without default)', async () => {
    assert.equal(await registry.testSubjectCompatibility(subject, { schemaType: 'AVRO', schema: WITH_REQUIRED_WORD_COUNT }), false);
    const error = await expectRejection(
      () => registry.register(subject, { schemaType: 'AVRO', schema: WITH_REQUIRED_WORD_COUNT }),
      (e) => e instanceof RestError && e.status === 409,
      'a RestError with status 409');
    return error.message;
  });
  const javaRecord = javaPayload && await check.run('deserialize the Java serializer\'s bytes', async () =>
    plain(await new AvroDeserializer(newClient(), SerdeType.VALUE, {}).deserialize(JAVA_TOPIC, javaPayload)));
  return { topic, schemaId: id, record, payload: payload.toString('hex'), javaRecord };
}

function parseCommandLine() {
  const usage = 'usage: node client-contract.mjs <registryUrl> [--java-payload <hex>] [--report <file>]';
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'java-payload': { type: 'string' }, report: { type: 'string' } },
    });
  } catch (error) {
    throw new Error(`${error.message}\n${usage}`);
  }
  const [url, ...extra] = parsed.positionals;
  if (!url || extra.length > 0 || !/^https?:\/\//.test(url)) {
    throw new Error(`expected one http(s) registry URL, got ${JSON.stringify(parsed.positionals)}\n${usage}`);
  }
  const hex = parsed.values['java-payload'];
  if (hex !== undefined && !/^([0-9a-f]{2})+$/i.test(hex)) {
    throw new Error(`--java-payload must be an even number of hex digits, got '${hex}'`);
  }
  return { url, javaPayload: hex && Buffer.from(hex, 'hex'), reportFile: parsed.values.report };
}

try {
  const { url, javaPayload, reportFile } = parseCommandLine();
  const report = {
    kafkajs: await kafkajsContract(url, javaPayload),
    confluent: await confluentContract(url, javaPayload),
  };
  if (reportFile) {
    writeFileSync(reportFile, JSON.stringify(report, null, 2));
  }
  console.log('all client checks passed');
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
