import { build } from "esbuild";
const r = await build({ stdin: { contents: 'import { AuthenticationClient } from "@genauth/authentication-client"; new AuthenticationClient({appId:"a",appHost:"https://x"}).getWechatMpAccessToken({appId:"w",appSecret:"s"});', resolveDir: process.cwd() }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true });
const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
for (const [k,v] of inputs.slice(0,30)) console.log(String(v.bytesInOutput).padStart(7), k.replace(/.*node_modules\//,''));
