// Validates every document of the Kubernetes manifests named on the command line against the
// JSON schema kubernetes-models generates from the Kubernetes API's OpenAPI document.
// Prints one line per document; exits 1 when any document does not validate.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failed = false;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    const manifest = document.toJS();
    const name = `${file} ${manifest.apiVersion} ${manifest.kind}`;
    try {
      const model = await modelOf(manifest);
      model.validate();
      console.log(`valid: ${name}`);
    } catch (error) {
      failed = true;
      console.log(`invalid: ${name}: ${error.message}`);
    }
  }
}
process.exit(failed ? 1 : 0);

async function modelOf(manifest) {
  const [group, version] = manifest.apiVersion.includes("/")
    ? manifest.apiVersion.split("/")
    : ["", manifest.apiVersion];
  const module = await import(`kubernetes-models/${group ? group + "/" : ""}${version}`);
  const Model = module[manifest.kind];
  if (!Model) {
    throw new Error(`no schema for kind ${manifest.kind} in ${manifest.apiVersion}`);
  }
  return new Model(manifest);
}
