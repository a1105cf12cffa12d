import { createHash, generateKeyPairSync } from "node:crypto";
import { ok } from "../envelope.js";
import type { Handler } from "../handler.js";

let rsaPublicKey: string | undefined;

/**
 * `getSystemInfo`: the public keys clients encrypt passwords with, the service versions and its
 * egress IPs. The RSA key is real (made once per process); the mock does not decrypt with it.
 */
export const getSystemInfo: Handler = () => {
  rsaPublicKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }).toString();
  return {
    rsa: { publicKey: rsaPublicKey },
    // An uncompressed SM2 point is 04 followed by 64 bytes; this one is only shaped like one.
    sm2: { publicKey: `04${createHash("sha512").update("genauth-mock-sm2").digest("hex")}` },
    version: { server: "3.0.0-mock", console: "3.0.0-mock", login: "3.0.0-mock" },
    publicIps: ["127.0.0.1"],
  };
};

type Names = [zhCN: string, enUS: string, zhTW: string, jaJP: string];

const COUNTRIES: [alpha2: string, alpha3: string, phoneCountryCode: string, flag: string, names: Names][] = [
  ["CN", "CHN", "+86", "🇨🇳", ["中国", "China", "中國", "中国"]],
  ["HK", "HKG", "+852", "🇭🇰", ["中国香港", "Hong Kong, China", "中國香港", "中国香港"]],
  ["MO", "MAC", "+853", "🇲🇴", ["中国澳门", "Macao, China", "中國澳門", "中国マカオ"]],
  ["TW", "TWN", "+886", "🇹🇼", ["中国台湾", "Taiwan, China", "中國台灣", "中国台湾"]],
  ["US", "USA", "+1", "🇺🇸", ["美国", "United States", "美國", "アメリカ合衆国"]],
  ["GB", "GBR", "+44", "🇬🇧", ["英国", "United Kingdom", "英國", "イギリス"]],
  ["JP", "JPN", "+81", "🇯🇵", ["日本", "Japan", "日本", "日本"]],
  ["KR", "KOR", "+82", "🇰🇷", ["韩国", "South Korea", "韓國", "韓国"]],
  ["SG", "SGP", "+65", "🇸🇬", ["新加坡", "Singapore", "新加坡", "シンガポール"]],
  ["DE", "DEU", "+49", "🇩🇪", ["德国", "Germany", "德國", "ドイツ"]],
  ["FR", "FRA", "+33", "🇫🇷", ["法国", "France", "法國", "フランス"]],
  ["AU", "AUS", "+61", "🇦🇺", ["澳大利亚", "Australia", "澳大利亞", "オーストラリア"]],
];

/** `getCountryList`: countries and regions with their dialling codes and names in four languages. */
export const getCountryList: Handler = () =>
  ok(
    COUNTRIES.map(([alpha2, alpha3, phoneCountryCode, flag, [zhCN, enUS, zhTW, jaJP]]) => ({
      alpha2,
      alpha3,
      phoneCountryCode,
      flag,
      name: {
        "zh-CN": { enabled: true, value: zhCN },
        "en-US": { enabled: true, value: enUS },
        "zh-TW": { enabled: true, value: zhTW },
        "ja-JP": { enabled: true, value: jaJP },
      },
    })),
  );
