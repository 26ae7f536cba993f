"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports2, module2) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module2.exports = punycode2;
  }
});

// src/core/index.ts
var index_exports = {};
__export(index_exports, {
  DEFAULT_ENTRY_FORMAT: () => DEFAULT_ENTRY_FORMAT,
  DEFAULT_TEMPLATE_ID: () => DEFAULT_TEMPLATE_ID,
  FLOWCHART_END: () => FLOWCHART_END,
  FLOWCHART_MARKER: () => FLOWCHART_MARKER,
  FLOWCHART_START: () => FLOWCHART_START,
  MERMAID_CLASS: () => MERMAID_CLASS,
  SnippetNames: () => SnippetNames,
  ZONE_ABBREVIATIONS: () => ZONE_ABBREVIATIONS,
  absoluteMinutes: () => absoluteMinutes,
  allRules: () => allRules,
  allTemplates: () => allTemplates,
  applyEdits: () => applyEdits,
  buildFlowchart: () => buildFlowchart,
  buildSnippets: () => buildSnippets,
  builtinTemplates: () => builtinTemplates,
  classifyTimeline: () => classifyTimeline,
  cleanTitle: () => cleanTitle,
  compatibleFixEdits: () => compatibleFixEdits,
  countWords: () => countWords,
  createRenderer: () => createRenderer,
  detectionMethod: () => detectionMethod,
  diffEdit: () => diffEdit,
  escapeHtml: () => escapeHtml2,
  findDates: () => findDates,
  findDurations: () => findDurations,
  findMarkers: () => findMarkers,
  findTimestamps: () => findTimestamps,
  findZone: () => findZone,
  firstHeading: () => firstHeading,
  fixAllText: () => fixAllText,
  flowchartModel: () => flowchartModel,
  formatDuration: () => formatDuration,
  formatTimelineStamp: () => formatTimelineStamp,
  getRule: () => getRule,
  getTemplate: () => getTemplate,
  headingKey: () => headingKey,
  ianaOffsetMinutes: () => ianaOffsetMinutes,
  insertLinesEdit: () => insertLinesEdit,
  instantOf: () => instantOf,
  isFixAllSafe: () => isFixAllSafe,
  isValidTimeZone: () => isValidTimeZone,
  joinSource: () => joinSource,
  lint: () => lint,
  lintModel: () => lintModel,
  lintWith: () => lintWith,
  loadConfig: () => loadConfig,
  looksLikePostmortem: () => looksLikePostmortem,
  modelReport: () => modelReport,
  orderKeys: () => orderKeys,
  parseText: () => parseText,
  parseTimeInput: () => parseTimeInput,
  parseZone: () => parseZone,
  planFlowchartInsert: () => planFlowchartInsert,
  planTimelineInsert: () => planTimelineInsert,
  postmortemSnippet: () => postmortemSnippet,
  rangesOverlap: () => rangesOverlap,
  readModel: () => readModel,
  renderFlowchart: () => renderFlowchart,
  renderTimelineEntry: () => renderTimelineEntry,
  renumberTabstops: () => renumberTabstops,
  ruleMetas: () => ruleMetas,
  sectionInsertEdit: () => sectionInsertEdit,
  sectionMarkdown: () => sectionMarkdown,
  sectionPlace: () => sectionPlace,
  sectionSnippet: () => sectionSnippet,
  similarity: () => similarity,
  snippetToText: () => snippetToText,
  sourceText: () => sourceText,
  splitLines: () => splitLines,
  stripSnippet: () => stripSnippet,
  templateMarkdown: () => templateMarkdown,
  timelineCrossesMidnight: () => timelineCrossesMidnight,
  validateCustomTemplates: () => validateCustomTemplates,
  wallClock: () => wallClock,
  wouldCrossMidnight: () => wouldCrossMidnight
});
module.exports = __toCommonJS(index_exports);

// src/core/parse/frontMatter.ts
var KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(.*)$/;
var YAMLISH = /^(?:[A-Za-z_][\w.-]*[ \t]*:|[ \t-]|#|$)/;
function readFrontMatter(lines2) {
  if (lines2[0]?.trimEnd() !== "---") return void 0;
  const limit = Math.min(lines2.length, 400);
  const data = {};
  for (let i = 1; i < limit; i++) {
    const l = lines2[i];
    const t = l.trimEnd();
    if (t === "---" || t === "...") return { end: i + 1, data };
    if (!YAMLISH.test(l)) return void 0;
    const m = KEY.exec(l);
    if (m && !Object.prototype.hasOwnProperty.call(data, m[1])) data[m[1]] = m[2].trim().replace(/^(['"])(.*)\1$/, "$2");
  }
  return void 0;
}

// node_modules/markdown-it/lib/common/utils.mjs
var utils_exports = {};
__export(utils_exports, {
  arrayReplaceAt: () => arrayReplaceAt,
  assign: () => assign,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint2,
  has: () => has,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isSpace: () => isSpace,
  isString: () => isString,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache = decodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache;
}
function decode(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode.defaultChars;
  }
  const cache = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "\uFFFD\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "\uFFFD\uFFFD\uFFFD\uFFFD";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "\uFFFD";
    }
    return result;
  });
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
var decode_default = decode;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache = encodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache.push(ch);
    } else {
      cache.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/index.mjs
var uc_exports = {};
__export(uc_exports, {
  Any: () => regex_default,
  Cc: () => regex_default2,
  Cf: () => regex_default3,
  P: () => regex_default4,
  S: () => regex_default5,
  Z: () => regex_default6
});

// node_modules/uc.micro/properties/Any/regex.mjs
var regex_default = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

// node_modules/uc.micro/categories/Cc/regex.mjs
var regex_default2 = /[\0-\x1F\x7F-\x9F]/;

// node_modules/uc.micro/categories/Cf/regex.mjs
var regex_default3 = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;

// node_modules/uc.micro/categories/P/regex.mjs
var regex_default4 = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B5A-\u1B60\u1B7D\u1B7E\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDEAD\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD83A[\uDD5E\uDD5F]/;

// node_modules/uc.micro/categories/S/regex.mjs
var regex_default5 = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C0\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2426\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2B95\u2B97-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E3\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBC2\uFD40-\uFD4F\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED7\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDF76\uDF7B-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0\uDCB1\uDD00-\uDE53\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE88\uDE90-\uDEBD\uDEBF-\uDEC5\uDECE-\uDEDB\uDEE0-\uDEE8\uDEF0-\uDEF8\uDF00-\uDF92\uDF94-\uDFCA]/;

// node_modules/uc.micro/categories/Z/regex.mjs
var regex_default6 = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/lib/esm/generated/decode-data-html.js
var decode_data_html_default = new Uint16Array(
  // prettier-ignore
  '\u1D41<\xD5\u0131\u028A\u049D\u057B\u05D0\u0675\u06DE\u07A2\u07D6\u080F\u0A4A\u0A91\u0DA1\u0E6D\u0F09\u0F26\u10CA\u1228\u12E1\u1415\u149D\u14C3\u14DF\u1525\0\0\0\0\0\0\u156B\u16CD\u198D\u1C12\u1DDD\u1F7E\u2060\u21B0\u228D\u23C0\u23FB\u2442\u2824\u2912\u2D08\u2E48\u2FCE\u3016\u32BA\u3639\u37AC\u38FE\u3A28\u3A71\u3AE0\u3B2E\u0800EMabcfglmnoprstu\\bfms\x7F\x84\x8B\x90\x95\x98\xA6\xB3\xB9\xC8\xCFlig\u803B\xC6\u40C6P\u803B&\u4026cute\u803B\xC1\u40C1reve;\u4102\u0100iyx}rc\u803B\xC2\u40C2;\u4410r;\uC000\u{1D504}rave\u803B\xC0\u40C0pha;\u4391acr;\u4100d;\u6A53\u0100gp\x9D\xA1on;\u4104f;\uC000\u{1D538}plyFunction;\u6061ing\u803B\xC5\u40C5\u0100cs\xBE\xC3r;\uC000\u{1D49C}ign;\u6254ilde\u803B\xC3\u40C3ml\u803B\xC4\u40C4\u0400aceforsu\xE5\xFB\xFE\u0117\u011C\u0122\u0127\u012A\u0100cr\xEA\xF2kslash;\u6216\u0176\xF6\xF8;\u6AE7ed;\u6306y;\u4411\u0180crt\u0105\u010B\u0114ause;\u6235noullis;\u612Ca;\u4392r;\uC000\u{1D505}pf;\uC000\u{1D539}eve;\u42D8c\xF2\u0113mpeq;\u624E\u0700HOacdefhilorsu\u014D\u0151\u0156\u0180\u019E\u01A2\u01B5\u01B7\u01BA\u01DC\u0215\u0273\u0278\u027Ecy;\u4427PY\u803B\xA9\u40A9\u0180cpy\u015D\u0162\u017Aute;\u4106\u0100;i\u0167\u0168\u62D2talDifferentialD;\u6145leys;\u612D\u0200aeio\u0189\u018E\u0194\u0198ron;\u410Cdil\u803B\xC7\u40C7rc;\u4108nint;\u6230ot;\u410A\u0100dn\u01A7\u01ADilla;\u40B8terDot;\u40B7\xF2\u017Fi;\u43A7rcle\u0200DMPT\u01C7\u01CB\u01D1\u01D6ot;\u6299inus;\u6296lus;\u6295imes;\u6297o\u0100cs\u01E2\u01F8kwiseContourIntegral;\u6232eCurly\u0100DQ\u0203\u020FoubleQuote;\u601Duote;\u6019\u0200lnpu\u021E\u0228\u0247\u0255on\u0100;e\u0225\u0226\u6237;\u6A74\u0180git\u022F\u0236\u023Aruent;\u6261nt;\u622FourIntegral;\u622E\u0100fr\u024C\u024E;\u6102oduct;\u6210nterClockwiseContourIntegral;\u6233oss;\u6A2Fcr;\uC000\u{1D49E}p\u0100;C\u0284\u0285\u62D3ap;\u624D\u0580DJSZacefios\u02A0\u02AC\u02B0\u02B4\u02B8\u02CB\u02D7\u02E1\u02E6\u0333\u048D\u0100;o\u0179\u02A5trahd;\u6911cy;\u4402cy;\u4405cy;\u440F\u0180grs\u02BF\u02C4\u02C7ger;\u6021r;\u61A1hv;\u6AE4\u0100ay\u02D0\u02D5ron;\u410E;\u4414l\u0100;t\u02DD\u02DE\u6207a;\u4394r;\uC000\u{1D507}\u0100af\u02EB\u0327\u0100cm\u02F0\u0322ritical\u0200ADGT\u0300\u0306\u0316\u031Ccute;\u40B4o\u0174\u030B\u030D;\u42D9bleAcute;\u42DDrave;\u4060ilde;\u42DCond;\u62C4ferentialD;\u6146\u0470\u033D\0\0\0\u0342\u0354\0\u0405f;\uC000\u{1D53B}\u0180;DE\u0348\u0349\u034D\u40A8ot;\u60DCqual;\u6250ble\u0300CDLRUV\u0363\u0372\u0382\u03CF\u03E2\u03F8ontourIntegra\xEC\u0239o\u0274\u0379\0\0\u037B\xBB\u0349nArrow;\u61D3\u0100eo\u0387\u03A4ft\u0180ART\u0390\u0396\u03A1rrow;\u61D0ightArrow;\u61D4e\xE5\u02CAng\u0100LR\u03AB\u03C4eft\u0100AR\u03B3\u03B9rrow;\u67F8ightArrow;\u67FAightArrow;\u67F9ight\u0100AT\u03D8\u03DErrow;\u61D2ee;\u62A8p\u0241\u03E9\0\0\u03EFrrow;\u61D1ownArrow;\u61D5erticalBar;\u6225n\u0300ABLRTa\u0412\u042A\u0430\u045E\u047F\u037Crrow\u0180;BU\u041D\u041E\u0422\u6193ar;\u6913pArrow;\u61F5reve;\u4311eft\u02D2\u043A\0\u0446\0\u0450ightVector;\u6950eeVector;\u695Eector\u0100;B\u0459\u045A\u61BDar;\u6956ight\u01D4\u0467\0\u0471eeVector;\u695Fector\u0100;B\u047A\u047B\u61C1ar;\u6957ee\u0100;A\u0486\u0487\u62A4rrow;\u61A7\u0100ct\u0492\u0497r;\uC000\u{1D49F}rok;\u4110\u0800NTacdfglmopqstux\u04BD\u04C0\u04C4\u04CB\u04DE\u04E2\u04E7\u04EE\u04F5\u0521\u052F\u0536\u0552\u055D\u0560\u0565G;\u414AH\u803B\xD0\u40D0cute\u803B\xC9\u40C9\u0180aiy\u04D2\u04D7\u04DCron;\u411Arc\u803B\xCA\u40CA;\u442Dot;\u4116r;\uC000\u{1D508}rave\u803B\xC8\u40C8ement;\u6208\u0100ap\u04FA\u04FEcr;\u4112ty\u0253\u0506\0\0\u0512mallSquare;\u65FBerySmallSquare;\u65AB\u0100gp\u0526\u052Aon;\u4118f;\uC000\u{1D53C}silon;\u4395u\u0100ai\u053C\u0549l\u0100;T\u0542\u0543\u6A75ilde;\u6242librium;\u61CC\u0100ci\u0557\u055Ar;\u6130m;\u6A73a;\u4397ml\u803B\xCB\u40CB\u0100ip\u056A\u056Fsts;\u6203onentialE;\u6147\u0280cfios\u0585\u0588\u058D\u05B2\u05CCy;\u4424r;\uC000\u{1D509}lled\u0253\u0597\0\0\u05A3mallSquare;\u65FCerySmallSquare;\u65AA\u0370\u05BA\0\u05BF\0\0\u05C4f;\uC000\u{1D53D}All;\u6200riertrf;\u6131c\xF2\u05CB\u0600JTabcdfgorst\u05E8\u05EC\u05EF\u05FA\u0600\u0612\u0616\u061B\u061D\u0623\u066C\u0672cy;\u4403\u803B>\u403Emma\u0100;d\u05F7\u05F8\u4393;\u43DCreve;\u411E\u0180eiy\u0607\u060C\u0610dil;\u4122rc;\u411C;\u4413ot;\u4120r;\uC000\u{1D50A};\u62D9pf;\uC000\u{1D53E}eater\u0300EFGLST\u0635\u0644\u064E\u0656\u065B\u0666qual\u0100;L\u063E\u063F\u6265ess;\u62DBullEqual;\u6267reater;\u6AA2ess;\u6277lantEqual;\u6A7Eilde;\u6273cr;\uC000\u{1D4A2};\u626B\u0400Aacfiosu\u0685\u068B\u0696\u069B\u069E\u06AA\u06BE\u06CARDcy;\u442A\u0100ct\u0690\u0694ek;\u42C7;\u405Eirc;\u4124r;\u610ClbertSpace;\u610B\u01F0\u06AF\0\u06B2f;\u610DizontalLine;\u6500\u0100ct\u06C3\u06C5\xF2\u06A9rok;\u4126mp\u0144\u06D0\u06D8ownHum\xF0\u012Fqual;\u624F\u0700EJOacdfgmnostu\u06FA\u06FE\u0703\u0707\u070E\u071A\u071E\u0721\u0728\u0744\u0778\u078B\u078F\u0795cy;\u4415lig;\u4132cy;\u4401cute\u803B\xCD\u40CD\u0100iy\u0713\u0718rc\u803B\xCE\u40CE;\u4418ot;\u4130r;\u6111rave\u803B\xCC\u40CC\u0180;ap\u0720\u072F\u073F\u0100cg\u0734\u0737r;\u412AinaryI;\u6148lie\xF3\u03DD\u01F4\u0749\0\u0762\u0100;e\u074D\u074E\u622C\u0100gr\u0753\u0758ral;\u622Bsection;\u62C2isible\u0100CT\u076C\u0772omma;\u6063imes;\u6062\u0180gpt\u077F\u0783\u0788on;\u412Ef;\uC000\u{1D540}a;\u4399cr;\u6110ilde;\u4128\u01EB\u079A\0\u079Ecy;\u4406l\u803B\xCF\u40CF\u0280cfosu\u07AC\u07B7\u07BC\u07C2\u07D0\u0100iy\u07B1\u07B5rc;\u4134;\u4419r;\uC000\u{1D50D}pf;\uC000\u{1D541}\u01E3\u07C7\0\u07CCr;\uC000\u{1D4A5}rcy;\u4408kcy;\u4404\u0380HJacfos\u07E4\u07E8\u07EC\u07F1\u07FD\u0802\u0808cy;\u4425cy;\u440Cppa;\u439A\u0100ey\u07F6\u07FBdil;\u4136;\u441Ar;\uC000\u{1D50E}pf;\uC000\u{1D542}cr;\uC000\u{1D4A6}\u0580JTaceflmost\u0825\u0829\u082C\u0850\u0863\u09B3\u09B8\u09C7\u09CD\u0A37\u0A47cy;\u4409\u803B<\u403C\u0280cmnpr\u0837\u083C\u0841\u0844\u084Dute;\u4139bda;\u439Bg;\u67EAlacetrf;\u6112r;\u619E\u0180aey\u0857\u085C\u0861ron;\u413Ddil;\u413B;\u441B\u0100fs\u0868\u0970t\u0500ACDFRTUVar\u087E\u08A9\u08B1\u08E0\u08E6\u08FC\u092F\u095B\u0390\u096A\u0100nr\u0883\u088FgleBracket;\u67E8row\u0180;BR\u0899\u089A\u089E\u6190ar;\u61E4ightArrow;\u61C6eiling;\u6308o\u01F5\u08B7\0\u08C3bleBracket;\u67E6n\u01D4\u08C8\0\u08D2eeVector;\u6961ector\u0100;B\u08DB\u08DC\u61C3ar;\u6959loor;\u630Aight\u0100AV\u08EF\u08F5rrow;\u6194ector;\u694E\u0100er\u0901\u0917e\u0180;AV\u0909\u090A\u0910\u62A3rrow;\u61A4ector;\u695Aiangle\u0180;BE\u0924\u0925\u0929\u62B2ar;\u69CFqual;\u62B4p\u0180DTV\u0937\u0942\u094CownVector;\u6951eeVector;\u6960ector\u0100;B\u0956\u0957\u61BFar;\u6958ector\u0100;B\u0965\u0966\u61BCar;\u6952ight\xE1\u039Cs\u0300EFGLST\u097E\u098B\u0995\u099D\u09A2\u09ADqualGreater;\u62DAullEqual;\u6266reater;\u6276ess;\u6AA1lantEqual;\u6A7Dilde;\u6272r;\uC000\u{1D50F}\u0100;e\u09BD\u09BE\u62D8ftarrow;\u61DAidot;\u413F\u0180npw\u09D4\u0A16\u0A1Bg\u0200LRlr\u09DE\u09F7\u0A02\u0A10eft\u0100AR\u09E6\u09ECrrow;\u67F5ightArrow;\u67F7ightArrow;\u67F6eft\u0100ar\u03B3\u0A0Aight\xE1\u03BFight\xE1\u03CAf;\uC000\u{1D543}er\u0100LR\u0A22\u0A2CeftArrow;\u6199ightArrow;\u6198\u0180cht\u0A3E\u0A40\u0A42\xF2\u084C;\u61B0rok;\u4141;\u626A\u0400acefiosu\u0A5A\u0A5D\u0A60\u0A77\u0A7C\u0A85\u0A8B\u0A8Ep;\u6905y;\u441C\u0100dl\u0A65\u0A6FiumSpace;\u605Flintrf;\u6133r;\uC000\u{1D510}nusPlus;\u6213pf;\uC000\u{1D544}c\xF2\u0A76;\u439C\u0480Jacefostu\u0AA3\u0AA7\u0AAD\u0AC0\u0B14\u0B19\u0D91\u0D97\u0D9Ecy;\u440Acute;\u4143\u0180aey\u0AB4\u0AB9\u0ABEron;\u4147dil;\u4145;\u441D\u0180gsw\u0AC7\u0AF0\u0B0Eative\u0180MTV\u0AD3\u0ADF\u0AE8ediumSpace;\u600Bhi\u0100cn\u0AE6\u0AD8\xEB\u0AD9eryThi\xEE\u0AD9ted\u0100GL\u0AF8\u0B06reaterGreate\xF2\u0673essLes\xF3\u0A48Line;\u400Ar;\uC000\u{1D511}\u0200Bnpt\u0B22\u0B28\u0B37\u0B3Areak;\u6060BreakingSpace;\u40A0f;\u6115\u0680;CDEGHLNPRSTV\u0B55\u0B56\u0B6A\u0B7C\u0BA1\u0BEB\u0C04\u0C5E\u0C84\u0CA6\u0CD8\u0D61\u0D85\u6AEC\u0100ou\u0B5B\u0B64ngruent;\u6262pCap;\u626DoubleVerticalBar;\u6226\u0180lqx\u0B83\u0B8A\u0B9Bement;\u6209ual\u0100;T\u0B92\u0B93\u6260ilde;\uC000\u2242\u0338ists;\u6204reater\u0380;EFGLST\u0BB6\u0BB7\u0BBD\u0BC9\u0BD3\u0BD8\u0BE5\u626Fqual;\u6271ullEqual;\uC000\u2267\u0338reater;\uC000\u226B\u0338ess;\u6279lantEqual;\uC000\u2A7E\u0338ilde;\u6275ump\u0144\u0BF2\u0BFDownHump;\uC000\u224E\u0338qual;\uC000\u224F\u0338e\u0100fs\u0C0A\u0C27tTriangle\u0180;BE\u0C1A\u0C1B\u0C21\u62EAar;\uC000\u29CF\u0338qual;\u62ECs\u0300;EGLST\u0C35\u0C36\u0C3C\u0C44\u0C4B\u0C58\u626Equal;\u6270reater;\u6278ess;\uC000\u226A\u0338lantEqual;\uC000\u2A7D\u0338ilde;\u6274ested\u0100GL\u0C68\u0C79reaterGreater;\uC000\u2AA2\u0338essLess;\uC000\u2AA1\u0338recedes\u0180;ES\u0C92\u0C93\u0C9B\u6280qual;\uC000\u2AAF\u0338lantEqual;\u62E0\u0100ei\u0CAB\u0CB9verseElement;\u620CghtTriangle\u0180;BE\u0CCB\u0CCC\u0CD2\u62EBar;\uC000\u29D0\u0338qual;\u62ED\u0100qu\u0CDD\u0D0CuareSu\u0100bp\u0CE8\u0CF9set\u0100;E\u0CF0\u0CF3\uC000\u228F\u0338qual;\u62E2erset\u0100;E\u0D03\u0D06\uC000\u2290\u0338qual;\u62E3\u0180bcp\u0D13\u0D24\u0D4Eset\u0100;E\u0D1B\u0D1E\uC000\u2282\u20D2qual;\u6288ceeds\u0200;EST\u0D32\u0D33\u0D3B\u0D46\u6281qual;\uC000\u2AB0\u0338lantEqual;\u62E1ilde;\uC000\u227F\u0338erset\u0100;E\u0D58\u0D5B\uC000\u2283\u20D2qual;\u6289ilde\u0200;EFT\u0D6E\u0D6F\u0D75\u0D7F\u6241qual;\u6244ullEqual;\u6247ilde;\u6249erticalBar;\u6224cr;\uC000\u{1D4A9}ilde\u803B\xD1\u40D1;\u439D\u0700Eacdfgmoprstuv\u0DBD\u0DC2\u0DC9\u0DD5\u0DDB\u0DE0\u0DE7\u0DFC\u0E02\u0E20\u0E22\u0E32\u0E3F\u0E44lig;\u4152cute\u803B\xD3\u40D3\u0100iy\u0DCE\u0DD3rc\u803B\xD4\u40D4;\u441Eblac;\u4150r;\uC000\u{1D512}rave\u803B\xD2\u40D2\u0180aei\u0DEE\u0DF2\u0DF6cr;\u414Cga;\u43A9cron;\u439Fpf;\uC000\u{1D546}enCurly\u0100DQ\u0E0E\u0E1AoubleQuote;\u601Cuote;\u6018;\u6A54\u0100cl\u0E27\u0E2Cr;\uC000\u{1D4AA}ash\u803B\xD8\u40D8i\u016C\u0E37\u0E3Cde\u803B\xD5\u40D5es;\u6A37ml\u803B\xD6\u40D6er\u0100BP\u0E4B\u0E60\u0100ar\u0E50\u0E53r;\u603Eac\u0100ek\u0E5A\u0E5C;\u63DEet;\u63B4arenthesis;\u63DC\u0480acfhilors\u0E7F\u0E87\u0E8A\u0E8F\u0E92\u0E94\u0E9D\u0EB0\u0EFCrtialD;\u6202y;\u441Fr;\uC000\u{1D513}i;\u43A6;\u43A0usMinus;\u40B1\u0100ip\u0EA2\u0EADncareplan\xE5\u069Df;\u6119\u0200;eio\u0EB9\u0EBA\u0EE0\u0EE4\u6ABBcedes\u0200;EST\u0EC8\u0EC9\u0ECF\u0EDA\u627Aqual;\u6AAFlantEqual;\u627Cilde;\u627Eme;\u6033\u0100dp\u0EE9\u0EEEuct;\u620Fortion\u0100;a\u0225\u0EF9l;\u621D\u0100ci\u0F01\u0F06r;\uC000\u{1D4AB};\u43A8\u0200Ufos\u0F11\u0F16\u0F1B\u0F1FOT\u803B"\u4022r;\uC000\u{1D514}pf;\u611Acr;\uC000\u{1D4AC}\u0600BEacefhiorsu\u0F3E\u0F43\u0F47\u0F60\u0F73\u0FA7\u0FAA\u0FAD\u1096\u10A9\u10B4\u10BEarr;\u6910G\u803B\xAE\u40AE\u0180cnr\u0F4E\u0F53\u0F56ute;\u4154g;\u67EBr\u0100;t\u0F5C\u0F5D\u61A0l;\u6916\u0180aey\u0F67\u0F6C\u0F71ron;\u4158dil;\u4156;\u4420\u0100;v\u0F78\u0F79\u611Cerse\u0100EU\u0F82\u0F99\u0100lq\u0F87\u0F8Eement;\u620Builibrium;\u61CBpEquilibrium;\u696Fr\xBB\u0F79o;\u43A1ght\u0400ACDFTUVa\u0FC1\u0FEB\u0FF3\u1022\u1028\u105B\u1087\u03D8\u0100nr\u0FC6\u0FD2gleBracket;\u67E9row\u0180;BL\u0FDC\u0FDD\u0FE1\u6192ar;\u61E5eftArrow;\u61C4eiling;\u6309o\u01F5\u0FF9\0\u1005bleBracket;\u67E7n\u01D4\u100A\0\u1014eeVector;\u695Dector\u0100;B\u101D\u101E\u61C2ar;\u6955loor;\u630B\u0100er\u102D\u1043e\u0180;AV\u1035\u1036\u103C\u62A2rrow;\u61A6ector;\u695Biangle\u0180;BE\u1050\u1051\u1055\u62B3ar;\u69D0qual;\u62B5p\u0180DTV\u1063\u106E\u1078ownVector;\u694FeeVector;\u695Cector\u0100;B\u1082\u1083\u61BEar;\u6954ector\u0100;B\u1091\u1092\u61C0ar;\u6953\u0100pu\u109B\u109Ef;\u611DndImplies;\u6970ightarrow;\u61DB\u0100ch\u10B9\u10BCr;\u611B;\u61B1leDelayed;\u69F4\u0680HOacfhimoqstu\u10E4\u10F1\u10F7\u10FD\u1119\u111E\u1151\u1156\u1161\u1167\u11B5\u11BB\u11BF\u0100Cc\u10E9\u10EEHcy;\u4429y;\u4428FTcy;\u442Ccute;\u415A\u0280;aeiy\u1108\u1109\u110E\u1113\u1117\u6ABCron;\u4160dil;\u415Erc;\u415C;\u4421r;\uC000\u{1D516}ort\u0200DLRU\u112A\u1134\u113E\u1149ownArrow\xBB\u041EeftArrow\xBB\u089AightArrow\xBB\u0FDDpArrow;\u6191gma;\u43A3allCircle;\u6218pf;\uC000\u{1D54A}\u0272\u116D\0\0\u1170t;\u621Aare\u0200;ISU\u117B\u117C\u1189\u11AF\u65A1ntersection;\u6293u\u0100bp\u118F\u119Eset\u0100;E\u1197\u1198\u628Fqual;\u6291erset\u0100;E\u11A8\u11A9\u6290qual;\u6292nion;\u6294cr;\uC000\u{1D4AE}ar;\u62C6\u0200bcmp\u11C8\u11DB\u1209\u120B\u0100;s\u11CD\u11CE\u62D0et\u0100;E\u11CD\u11D5qual;\u6286\u0100ch\u11E0\u1205eeds\u0200;EST\u11ED\u11EE\u11F4\u11FF\u627Bqual;\u6AB0lantEqual;\u627Dilde;\u627FTh\xE1\u0F8C;\u6211\u0180;es\u1212\u1213\u1223\u62D1rset\u0100;E\u121C\u121D\u6283qual;\u6287et\xBB\u1213\u0580HRSacfhiors\u123E\u1244\u1249\u1255\u125E\u1271\u1276\u129F\u12C2\u12C8\u12D1ORN\u803B\xDE\u40DEADE;\u6122\u0100Hc\u124E\u1252cy;\u440By;\u4426\u0100bu\u125A\u125C;\u4009;\u43A4\u0180aey\u1265\u126A\u126Fron;\u4164dil;\u4162;\u4422r;\uC000\u{1D517}\u0100ei\u127B\u1289\u01F2\u1280\0\u1287efore;\u6234a;\u4398\u0100cn\u128E\u1298kSpace;\uC000\u205F\u200ASpace;\u6009lde\u0200;EFT\u12AB\u12AC\u12B2\u12BC\u623Cqual;\u6243ullEqual;\u6245ilde;\u6248pf;\uC000\u{1D54B}ipleDot;\u60DB\u0100ct\u12D6\u12DBr;\uC000\u{1D4AF}rok;\u4166\u0AE1\u12F7\u130E\u131A\u1326\0\u132C\u1331\0\0\0\0\0\u1338\u133D\u1377\u1385\0\u13FF\u1404\u140A\u1410\u0100cr\u12FB\u1301ute\u803B\xDA\u40DAr\u0100;o\u1307\u1308\u619Fcir;\u6949r\u01E3\u1313\0\u1316y;\u440Eve;\u416C\u0100iy\u131E\u1323rc\u803B\xDB\u40DB;\u4423blac;\u4170r;\uC000\u{1D518}rave\u803B\xD9\u40D9acr;\u416A\u0100di\u1341\u1369er\u0100BP\u1348\u135D\u0100ar\u134D\u1350r;\u405Fac\u0100ek\u1357\u1359;\u63DFet;\u63B5arenthesis;\u63DDon\u0100;P\u1370\u1371\u62C3lus;\u628E\u0100gp\u137B\u137Fon;\u4172f;\uC000\u{1D54C}\u0400ADETadps\u1395\u13AE\u13B8\u13C4\u03E8\u13D2\u13D7\u13F3rrow\u0180;BD\u1150\u13A0\u13A4ar;\u6912ownArrow;\u61C5ownArrow;\u6195quilibrium;\u696Eee\u0100;A\u13CB\u13CC\u62A5rrow;\u61A5own\xE1\u03F3er\u0100LR\u13DE\u13E8eftArrow;\u6196ightArrow;\u6197i\u0100;l\u13F9\u13FA\u43D2on;\u43A5ing;\u416Ecr;\uC000\u{1D4B0}ilde;\u4168ml\u803B\xDC\u40DC\u0480Dbcdefosv\u1427\u142C\u1430\u1433\u143E\u1485\u148A\u1490\u1496ash;\u62ABar;\u6AEBy;\u4412ash\u0100;l\u143B\u143C\u62A9;\u6AE6\u0100er\u1443\u1445;\u62C1\u0180bty\u144C\u1450\u147Aar;\u6016\u0100;i\u144F\u1455cal\u0200BLST\u1461\u1465\u146A\u1474ar;\u6223ine;\u407Ceparator;\u6758ilde;\u6240ThinSpace;\u600Ar;\uC000\u{1D519}pf;\uC000\u{1D54D}cr;\uC000\u{1D4B1}dash;\u62AA\u0280cefos\u14A7\u14AC\u14B1\u14B6\u14BCirc;\u4174dge;\u62C0r;\uC000\u{1D51A}pf;\uC000\u{1D54E}cr;\uC000\u{1D4B2}\u0200fios\u14CB\u14D0\u14D2\u14D8r;\uC000\u{1D51B};\u439Epf;\uC000\u{1D54F}cr;\uC000\u{1D4B3}\u0480AIUacfosu\u14F1\u14F5\u14F9\u14FD\u1504\u150F\u1514\u151A\u1520cy;\u442Fcy;\u4407cy;\u442Ecute\u803B\xDD\u40DD\u0100iy\u1509\u150Drc;\u4176;\u442Br;\uC000\u{1D51C}pf;\uC000\u{1D550}cr;\uC000\u{1D4B4}ml;\u4178\u0400Hacdefos\u1535\u1539\u153F\u154B\u154F\u155D\u1560\u1564cy;\u4416cute;\u4179\u0100ay\u1544\u1549ron;\u417D;\u4417ot;\u417B\u01F2\u1554\0\u155BoWidt\xE8\u0AD9a;\u4396r;\u6128pf;\u6124cr;\uC000\u{1D4B5}\u0BE1\u1583\u158A\u1590\0\u15B0\u15B6\u15BF\0\0\0\0\u15C6\u15DB\u15EB\u165F\u166D\0\u1695\u169B\u16B2\u16B9\0\u16BEcute\u803B\xE1\u40E1reve;\u4103\u0300;Ediuy\u159C\u159D\u15A1\u15A3\u15A8\u15AD\u623E;\uC000\u223E\u0333;\u623Frc\u803B\xE2\u40E2te\u80BB\xB4\u0306;\u4430lig\u803B\xE6\u40E6\u0100;r\xB2\u15BA;\uC000\u{1D51E}rave\u803B\xE0\u40E0\u0100ep\u15CA\u15D6\u0100fp\u15CF\u15D4sym;\u6135\xE8\u15D3ha;\u43B1\u0100ap\u15DFc\u0100cl\u15E4\u15E7r;\u4101g;\u6A3F\u0264\u15F0\0\0\u160A\u0280;adsv\u15FA\u15FB\u15FF\u1601\u1607\u6227nd;\u6A55;\u6A5Clope;\u6A58;\u6A5A\u0380;elmrsz\u1618\u1619\u161B\u161E\u163F\u164F\u1659\u6220;\u69A4e\xBB\u1619sd\u0100;a\u1625\u1626\u6221\u0461\u1630\u1632\u1634\u1636\u1638\u163A\u163C\u163E;\u69A8;\u69A9;\u69AA;\u69AB;\u69AC;\u69AD;\u69AE;\u69AFt\u0100;v\u1645\u1646\u621Fb\u0100;d\u164C\u164D\u62BE;\u699D\u0100pt\u1654\u1657h;\u6222\xBB\xB9arr;\u637C\u0100gp\u1663\u1667on;\u4105f;\uC000\u{1D552}\u0380;Eaeiop\u12C1\u167B\u167D\u1682\u1684\u1687\u168A;\u6A70cir;\u6A6F;\u624Ad;\u624Bs;\u4027rox\u0100;e\u12C1\u1692\xF1\u1683ing\u803B\xE5\u40E5\u0180cty\u16A1\u16A6\u16A8r;\uC000\u{1D4B6};\u402Amp\u0100;e\u12C1\u16AF\xF1\u0288ilde\u803B\xE3\u40E3ml\u803B\xE4\u40E4\u0100ci\u16C2\u16C8onin\xF4\u0272nt;\u6A11\u0800Nabcdefiklnoprsu\u16ED\u16F1\u1730\u173C\u1743\u1748\u1778\u177D\u17E0\u17E6\u1839\u1850\u170D\u193D\u1948\u1970ot;\u6AED\u0100cr\u16F6\u171Ek\u0200ceps\u1700\u1705\u170D\u1713ong;\u624Cpsilon;\u43F6rime;\u6035im\u0100;e\u171A\u171B\u623Dq;\u62CD\u0176\u1722\u1726ee;\u62BDed\u0100;g\u172C\u172D\u6305e\xBB\u172Drk\u0100;t\u135C\u1737brk;\u63B6\u0100oy\u1701\u1741;\u4431quo;\u601E\u0280cmprt\u1753\u175B\u1761\u1764\u1768aus\u0100;e\u010A\u0109ptyv;\u69B0s\xE9\u170Cno\xF5\u0113\u0180ahw\u176F\u1771\u1773;\u43B2;\u6136een;\u626Cr;\uC000\u{1D51F}g\u0380costuvw\u178D\u179D\u17B3\u17C1\u17D5\u17DB\u17DE\u0180aiu\u1794\u1796\u179A\xF0\u0760rc;\u65EFp\xBB\u1371\u0180dpt\u17A4\u17A8\u17ADot;\u6A00lus;\u6A01imes;\u6A02\u0271\u17B9\0\0\u17BEcup;\u6A06ar;\u6605riangle\u0100du\u17CD\u17D2own;\u65BDp;\u65B3plus;\u6A04e\xE5\u1444\xE5\u14ADarow;\u690D\u0180ako\u17ED\u1826\u1835\u0100cn\u17F2\u1823k\u0180lst\u17FA\u05AB\u1802ozenge;\u69EBriangle\u0200;dlr\u1812\u1813\u1818\u181D\u65B4own;\u65BEeft;\u65C2ight;\u65B8k;\u6423\u01B1\u182B\0\u1833\u01B2\u182F\0\u1831;\u6592;\u65914;\u6593ck;\u6588\u0100eo\u183E\u184D\u0100;q\u1843\u1846\uC000=\u20E5uiv;\uC000\u2261\u20E5t;\u6310\u0200ptwx\u1859\u185E\u1867\u186Cf;\uC000\u{1D553}\u0100;t\u13CB\u1863om\xBB\u13CCtie;\u62C8\u0600DHUVbdhmptuv\u1885\u1896\u18AA\u18BB\u18D7\u18DB\u18EC\u18FF\u1905\u190A\u1910\u1921\u0200LRlr\u188E\u1890\u1892\u1894;\u6557;\u6554;\u6556;\u6553\u0280;DUdu\u18A1\u18A2\u18A4\u18A6\u18A8\u6550;\u6566;\u6569;\u6564;\u6567\u0200LRlr\u18B3\u18B5\u18B7\u18B9;\u655D;\u655A;\u655C;\u6559\u0380;HLRhlr\u18CA\u18CB\u18CD\u18CF\u18D1\u18D3\u18D5\u6551;\u656C;\u6563;\u6560;\u656B;\u6562;\u655Fox;\u69C9\u0200LRlr\u18E4\u18E6\u18E8\u18EA;\u6555;\u6552;\u6510;\u650C\u0280;DUdu\u06BD\u18F7\u18F9\u18FB\u18FD;\u6565;\u6568;\u652C;\u6534inus;\u629Flus;\u629Eimes;\u62A0\u0200LRlr\u1919\u191B\u191D\u191F;\u655B;\u6558;\u6518;\u6514\u0380;HLRhlr\u1930\u1931\u1933\u1935\u1937\u1939\u193B\u6502;\u656A;\u6561;\u655E;\u653C;\u6524;\u651C\u0100ev\u0123\u1942bar\u803B\xA6\u40A6\u0200ceio\u1951\u1956\u195A\u1960r;\uC000\u{1D4B7}mi;\u604Fm\u0100;e\u171A\u171Cl\u0180;bh\u1968\u1969\u196B\u405C;\u69C5sub;\u67C8\u016C\u1974\u197El\u0100;e\u1979\u197A\u6022t\xBB\u197Ap\u0180;Ee\u012F\u1985\u1987;\u6AAE\u0100;q\u06DC\u06DB\u0CE1\u19A7\0\u19E8\u1A11\u1A15\u1A32\0\u1A37\u1A50\0\0\u1AB4\0\0\u1AC1\0\0\u1B21\u1B2E\u1B4D\u1B52\0\u1BFD\0\u1C0C\u0180cpr\u19AD\u19B2\u19DDute;\u4107\u0300;abcds\u19BF\u19C0\u19C4\u19CA\u19D5\u19D9\u6229nd;\u6A44rcup;\u6A49\u0100au\u19CF\u19D2p;\u6A4Bp;\u6A47ot;\u6A40;\uC000\u2229\uFE00\u0100eo\u19E2\u19E5t;\u6041\xEE\u0693\u0200aeiu\u19F0\u19FB\u1A01\u1A05\u01F0\u19F5\0\u19F8s;\u6A4Don;\u410Ddil\u803B\xE7\u40E7rc;\u4109ps\u0100;s\u1A0C\u1A0D\u6A4Cm;\u6A50ot;\u410B\u0180dmn\u1A1B\u1A20\u1A26il\u80BB\xB8\u01ADptyv;\u69B2t\u8100\xA2;e\u1A2D\u1A2E\u40A2r\xE4\u01B2r;\uC000\u{1D520}\u0180cei\u1A3D\u1A40\u1A4Dy;\u4447ck\u0100;m\u1A47\u1A48\u6713ark\xBB\u1A48;\u43C7r\u0380;Ecefms\u1A5F\u1A60\u1A62\u1A6B\u1AA4\u1AAA\u1AAE\u65CB;\u69C3\u0180;el\u1A69\u1A6A\u1A6D\u42C6q;\u6257e\u0261\u1A74\0\0\u1A88rrow\u0100lr\u1A7C\u1A81eft;\u61BAight;\u61BB\u0280RSacd\u1A92\u1A94\u1A96\u1A9A\u1A9F\xBB\u0F47;\u64C8st;\u629Birc;\u629Aash;\u629Dnint;\u6A10id;\u6AEFcir;\u69C2ubs\u0100;u\u1ABB\u1ABC\u6663it\xBB\u1ABC\u02EC\u1AC7\u1AD4\u1AFA\0\u1B0Aon\u0100;e\u1ACD\u1ACE\u403A\u0100;q\xC7\xC6\u026D\u1AD9\0\0\u1AE2a\u0100;t\u1ADE\u1ADF\u402C;\u4040\u0180;fl\u1AE8\u1AE9\u1AEB\u6201\xEE\u1160e\u0100mx\u1AF1\u1AF6ent\xBB\u1AE9e\xF3\u024D\u01E7\u1AFE\0\u1B07\u0100;d\u12BB\u1B02ot;\u6A6Dn\xF4\u0246\u0180fry\u1B10\u1B14\u1B17;\uC000\u{1D554}o\xE4\u0254\u8100\xA9;s\u0155\u1B1Dr;\u6117\u0100ao\u1B25\u1B29rr;\u61B5ss;\u6717\u0100cu\u1B32\u1B37r;\uC000\u{1D4B8}\u0100bp\u1B3C\u1B44\u0100;e\u1B41\u1B42\u6ACF;\u6AD1\u0100;e\u1B49\u1B4A\u6AD0;\u6AD2dot;\u62EF\u0380delprvw\u1B60\u1B6C\u1B77\u1B82\u1BAC\u1BD4\u1BF9arr\u0100lr\u1B68\u1B6A;\u6938;\u6935\u0270\u1B72\0\0\u1B75r;\u62DEc;\u62DFarr\u0100;p\u1B7F\u1B80\u61B6;\u693D\u0300;bcdos\u1B8F\u1B90\u1B96\u1BA1\u1BA5\u1BA8\u622Arcap;\u6A48\u0100au\u1B9B\u1B9Ep;\u6A46p;\u6A4Aot;\u628Dr;\u6A45;\uC000\u222A\uFE00\u0200alrv\u1BB5\u1BBF\u1BDE\u1BE3rr\u0100;m\u1BBC\u1BBD\u61B7;\u693Cy\u0180evw\u1BC7\u1BD4\u1BD8q\u0270\u1BCE\0\0\u1BD2re\xE3\u1B73u\xE3\u1B75ee;\u62CEedge;\u62CFen\u803B\xA4\u40A4earrow\u0100lr\u1BEE\u1BF3eft\xBB\u1B80ight\xBB\u1BBDe\xE4\u1BDD\u0100ci\u1C01\u1C07onin\xF4\u01F7nt;\u6231lcty;\u632D\u0980AHabcdefhijlorstuwz\u1C38\u1C3B\u1C3F\u1C5D\u1C69\u1C75\u1C8A\u1C9E\u1CAC\u1CB7\u1CFB\u1CFF\u1D0D\u1D7B\u1D91\u1DAB\u1DBB\u1DC6\u1DCDr\xF2\u0381ar;\u6965\u0200glrs\u1C48\u1C4D\u1C52\u1C54ger;\u6020eth;\u6138\xF2\u1133h\u0100;v\u1C5A\u1C5B\u6010\xBB\u090A\u016B\u1C61\u1C67arow;\u690Fa\xE3\u0315\u0100ay\u1C6E\u1C73ron;\u410F;\u4434\u0180;ao\u0332\u1C7C\u1C84\u0100gr\u02BF\u1C81r;\u61CAtseq;\u6A77\u0180glm\u1C91\u1C94\u1C98\u803B\xB0\u40B0ta;\u43B4ptyv;\u69B1\u0100ir\u1CA3\u1CA8sht;\u697F;\uC000\u{1D521}ar\u0100lr\u1CB3\u1CB5\xBB\u08DC\xBB\u101E\u0280aegsv\u1CC2\u0378\u1CD6\u1CDC\u1CE0m\u0180;os\u0326\u1CCA\u1CD4nd\u0100;s\u0326\u1CD1uit;\u6666amma;\u43DDin;\u62F2\u0180;io\u1CE7\u1CE8\u1CF8\u40F7de\u8100\xF7;o\u1CE7\u1CF0ntimes;\u62C7n\xF8\u1CF7cy;\u4452c\u026F\u1D06\0\0\u1D0Arn;\u631Eop;\u630D\u0280lptuw\u1D18\u1D1D\u1D22\u1D49\u1D55lar;\u4024f;\uC000\u{1D555}\u0280;emps\u030B\u1D2D\u1D37\u1D3D\u1D42q\u0100;d\u0352\u1D33ot;\u6251inus;\u6238lus;\u6214quare;\u62A1blebarwedg\xE5\xFAn\u0180adh\u112E\u1D5D\u1D67ownarrow\xF3\u1C83arpoon\u0100lr\u1D72\u1D76ef\xF4\u1CB4igh\xF4\u1CB6\u0162\u1D7F\u1D85karo\xF7\u0F42\u026F\u1D8A\0\0\u1D8Ern;\u631Fop;\u630C\u0180cot\u1D98\u1DA3\u1DA6\u0100ry\u1D9D\u1DA1;\uC000\u{1D4B9};\u4455l;\u69F6rok;\u4111\u0100dr\u1DB0\u1DB4ot;\u62F1i\u0100;f\u1DBA\u1816\u65BF\u0100ah\u1DC0\u1DC3r\xF2\u0429a\xF2\u0FA6angle;\u69A6\u0100ci\u1DD2\u1DD5y;\u445Fgrarr;\u67FF\u0900Dacdefglmnopqrstux\u1E01\u1E09\u1E19\u1E38\u0578\u1E3C\u1E49\u1E61\u1E7E\u1EA5\u1EAF\u1EBD\u1EE1\u1F2A\u1F37\u1F44\u1F4E\u1F5A\u0100Do\u1E06\u1D34o\xF4\u1C89\u0100cs\u1E0E\u1E14ute\u803B\xE9\u40E9ter;\u6A6E\u0200aioy\u1E22\u1E27\u1E31\u1E36ron;\u411Br\u0100;c\u1E2D\u1E2E\u6256\u803B\xEA\u40EAlon;\u6255;\u444Dot;\u4117\u0100Dr\u1E41\u1E45ot;\u6252;\uC000\u{1D522}\u0180;rs\u1E50\u1E51\u1E57\u6A9Aave\u803B\xE8\u40E8\u0100;d\u1E5C\u1E5D\u6A96ot;\u6A98\u0200;ils\u1E6A\u1E6B\u1E72\u1E74\u6A99nters;\u63E7;\u6113\u0100;d\u1E79\u1E7A\u6A95ot;\u6A97\u0180aps\u1E85\u1E89\u1E97cr;\u4113ty\u0180;sv\u1E92\u1E93\u1E95\u6205et\xBB\u1E93p\u01001;\u1E9D\u1EA4\u0133\u1EA1\u1EA3;\u6004;\u6005\u6003\u0100gs\u1EAA\u1EAC;\u414Bp;\u6002\u0100gp\u1EB4\u1EB8on;\u4119f;\uC000\u{1D556}\u0180als\u1EC4\u1ECE\u1ED2r\u0100;s\u1ECA\u1ECB\u62D5l;\u69E3us;\u6A71i\u0180;lv\u1EDA\u1EDB\u1EDF\u43B5on\xBB\u1EDB;\u43F5\u0200csuv\u1EEA\u1EF3\u1F0B\u1F23\u0100io\u1EEF\u1E31rc\xBB\u1E2E\u0269\u1EF9\0\0\u1EFB\xED\u0548ant\u0100gl\u1F02\u1F06tr\xBB\u1E5Dess\xBB\u1E7A\u0180aei\u1F12\u1F16\u1F1Als;\u403Dst;\u625Fv\u0100;D\u0235\u1F20D;\u6A78parsl;\u69E5\u0100Da\u1F2F\u1F33ot;\u6253rr;\u6971\u0180cdi\u1F3E\u1F41\u1EF8r;\u612Fo\xF4\u0352\u0100ah\u1F49\u1F4B;\u43B7\u803B\xF0\u40F0\u0100mr\u1F53\u1F57l\u803B\xEB\u40EBo;\u60AC\u0180cip\u1F61\u1F64\u1F67l;\u4021s\xF4\u056E\u0100eo\u1F6C\u1F74ctatio\xEE\u0559nential\xE5\u0579\u09E1\u1F92\0\u1F9E\0\u1FA1\u1FA7\0\0\u1FC6\u1FCC\0\u1FD3\0\u1FE6\u1FEA\u2000\0\u2008\u205Allingdotse\xF1\u1E44y;\u4444male;\u6640\u0180ilr\u1FAD\u1FB3\u1FC1lig;\u8000\uFB03\u0269\u1FB9\0\0\u1FBDg;\u8000\uFB00ig;\u8000\uFB04;\uC000\u{1D523}lig;\u8000\uFB01lig;\uC000fj\u0180alt\u1FD9\u1FDC\u1FE1t;\u666Dig;\u8000\uFB02ns;\u65B1of;\u4192\u01F0\u1FEE\0\u1FF3f;\uC000\u{1D557}\u0100ak\u05BF\u1FF7\u0100;v\u1FFC\u1FFD\u62D4;\u6AD9artint;\u6A0D\u0100ao\u200C\u2055\u0100cs\u2011\u2052\u03B1\u201A\u2030\u2038\u2045\u2048\0\u2050\u03B2\u2022\u2025\u2027\u202A\u202C\0\u202E\u803B\xBD\u40BD;\u6153\u803B\xBC\u40BC;\u6155;\u6159;\u615B\u01B3\u2034\0\u2036;\u6154;\u6156\u02B4\u203E\u2041\0\0\u2043\u803B\xBE\u40BE;\u6157;\u615C5;\u6158\u01B6\u204C\0\u204E;\u615A;\u615D8;\u615El;\u6044wn;\u6322cr;\uC000\u{1D4BB}\u0880Eabcdefgijlnorstv\u2082\u2089\u209F\u20A5\u20B0\u20B4\u20F0\u20F5\u20FA\u20FF\u2103\u2112\u2138\u0317\u213E\u2152\u219E\u0100;l\u064D\u2087;\u6A8C\u0180cmp\u2090\u2095\u209Dute;\u41F5ma\u0100;d\u209C\u1CDA\u43B3;\u6A86reve;\u411F\u0100iy\u20AA\u20AErc;\u411D;\u4433ot;\u4121\u0200;lqs\u063E\u0642\u20BD\u20C9\u0180;qs\u063E\u064C\u20C4lan\xF4\u0665\u0200;cdl\u0665\u20D2\u20D5\u20E5c;\u6AA9ot\u0100;o\u20DC\u20DD\u6A80\u0100;l\u20E2\u20E3\u6A82;\u6A84\u0100;e\u20EA\u20ED\uC000\u22DB\uFE00s;\u6A94r;\uC000\u{1D524}\u0100;g\u0673\u061Bmel;\u6137cy;\u4453\u0200;Eaj\u065A\u210C\u210E\u2110;\u6A92;\u6AA5;\u6AA4\u0200Eaes\u211B\u211D\u2129\u2134;\u6269p\u0100;p\u2123\u2124\u6A8Arox\xBB\u2124\u0100;q\u212E\u212F\u6A88\u0100;q\u212E\u211Bim;\u62E7pf;\uC000\u{1D558}\u0100ci\u2143\u2146r;\u610Am\u0180;el\u066B\u214E\u2150;\u6A8E;\u6A90\u8300>;cdlqr\u05EE\u2160\u216A\u216E\u2173\u2179\u0100ci\u2165\u2167;\u6AA7r;\u6A7Aot;\u62D7Par;\u6995uest;\u6A7C\u0280adels\u2184\u216A\u2190\u0656\u219B\u01F0\u2189\0\u218Epro\xF8\u209Er;\u6978q\u0100lq\u063F\u2196les\xF3\u2088i\xED\u066B\u0100en\u21A3\u21ADrtneqq;\uC000\u2269\uFE00\xC5\u21AA\u0500Aabcefkosy\u21C4\u21C7\u21F1\u21F5\u21FA\u2218\u221D\u222F\u2268\u227Dr\xF2\u03A0\u0200ilmr\u21D0\u21D4\u21D7\u21DBrs\xF0\u1484f\xBB\u2024il\xF4\u06A9\u0100dr\u21E0\u21E4cy;\u444A\u0180;cw\u08F4\u21EB\u21EFir;\u6948;\u61ADar;\u610Firc;\u4125\u0180alr\u2201\u220E\u2213rts\u0100;u\u2209\u220A\u6665it\xBB\u220Alip;\u6026con;\u62B9r;\uC000\u{1D525}s\u0100ew\u2223\u2229arow;\u6925arow;\u6926\u0280amopr\u223A\u223E\u2243\u225E\u2263rr;\u61FFtht;\u623Bk\u0100lr\u2249\u2253eftarrow;\u61A9ightarrow;\u61AAf;\uC000\u{1D559}bar;\u6015\u0180clt\u226F\u2274\u2278r;\uC000\u{1D4BD}as\xE8\u21F4rok;\u4127\u0100bp\u2282\u2287ull;\u6043hen\xBB\u1C5B\u0AE1\u22A3\0\u22AA\0\u22B8\u22C5\u22CE\0\u22D5\u22F3\0\0\u22F8\u2322\u2367\u2362\u237F\0\u2386\u23AA\u23B4cute\u803B\xED\u40ED\u0180;iy\u0771\u22B0\u22B5rc\u803B\xEE\u40EE;\u4438\u0100cx\u22BC\u22BFy;\u4435cl\u803B\xA1\u40A1\u0100fr\u039F\u22C9;\uC000\u{1D526}rave\u803B\xEC\u40EC\u0200;ino\u073E\u22DD\u22E9\u22EE\u0100in\u22E2\u22E6nt;\u6A0Ct;\u622Dfin;\u69DCta;\u6129lig;\u4133\u0180aop\u22FE\u231A\u231D\u0180cgt\u2305\u2308\u2317r;\u412B\u0180elp\u071F\u230F\u2313in\xE5\u078Ear\xF4\u0720h;\u4131f;\u62B7ed;\u41B5\u0280;cfot\u04F4\u232C\u2331\u233D\u2341are;\u6105in\u0100;t\u2338\u2339\u621Eie;\u69DDdo\xF4\u2319\u0280;celp\u0757\u234C\u2350\u235B\u2361al;\u62BA\u0100gr\u2355\u2359er\xF3\u1563\xE3\u234Darhk;\u6A17rod;\u6A3C\u0200cgpt\u236F\u2372\u2376\u237By;\u4451on;\u412Ff;\uC000\u{1D55A}a;\u43B9uest\u803B\xBF\u40BF\u0100ci\u238A\u238Fr;\uC000\u{1D4BE}n\u0280;Edsv\u04F4\u239B\u239D\u23A1\u04F3;\u62F9ot;\u62F5\u0100;v\u23A6\u23A7\u62F4;\u62F3\u0100;i\u0777\u23AElde;\u4129\u01EB\u23B8\0\u23BCcy;\u4456l\u803B\xEF\u40EF\u0300cfmosu\u23CC\u23D7\u23DC\u23E1\u23E7\u23F5\u0100iy\u23D1\u23D5rc;\u4135;\u4439r;\uC000\u{1D527}ath;\u4237pf;\uC000\u{1D55B}\u01E3\u23EC\0\u23F1r;\uC000\u{1D4BF}rcy;\u4458kcy;\u4454\u0400acfghjos\u240B\u2416\u2422\u2427\u242D\u2431\u2435\u243Bppa\u0100;v\u2413\u2414\u43BA;\u43F0\u0100ey\u241B\u2420dil;\u4137;\u443Ar;\uC000\u{1D528}reen;\u4138cy;\u4445cy;\u445Cpf;\uC000\u{1D55C}cr;\uC000\u{1D4C0}\u0B80ABEHabcdefghjlmnoprstuv\u2470\u2481\u2486\u248D\u2491\u250E\u253D\u255A\u2580\u264E\u265E\u2665\u2679\u267D\u269A\u26B2\u26D8\u275D\u2768\u278B\u27C0\u2801\u2812\u0180art\u2477\u247A\u247Cr\xF2\u09C6\xF2\u0395ail;\u691Barr;\u690E\u0100;g\u0994\u248B;\u6A8Bar;\u6962\u0963\u24A5\0\u24AA\0\u24B1\0\0\0\0\0\u24B5\u24BA\0\u24C6\u24C8\u24CD\0\u24F9ute;\u413Amptyv;\u69B4ra\xEE\u084Cbda;\u43BBg\u0180;dl\u088E\u24C1\u24C3;\u6991\xE5\u088E;\u6A85uo\u803B\xAB\u40ABr\u0400;bfhlpst\u0899\u24DE\u24E6\u24E9\u24EB\u24EE\u24F1\u24F5\u0100;f\u089D\u24E3s;\u691Fs;\u691D\xEB\u2252p;\u61ABl;\u6939im;\u6973l;\u61A2\u0180;ae\u24FF\u2500\u2504\u6AABil;\u6919\u0100;s\u2509\u250A\u6AAD;\uC000\u2AAD\uFE00\u0180abr\u2515\u2519\u251Drr;\u690Crk;\u6772\u0100ak\u2522\u252Cc\u0100ek\u2528\u252A;\u407B;\u405B\u0100es\u2531\u2533;\u698Bl\u0100du\u2539\u253B;\u698F;\u698D\u0200aeuy\u2546\u254B\u2556\u2558ron;\u413E\u0100di\u2550\u2554il;\u413C\xEC\u08B0\xE2\u2529;\u443B\u0200cqrs\u2563\u2566\u256D\u257Da;\u6936uo\u0100;r\u0E19\u1746\u0100du\u2572\u2577har;\u6967shar;\u694Bh;\u61B2\u0280;fgqs\u258B\u258C\u0989\u25F3\u25FF\u6264t\u0280ahlrt\u2598\u25A4\u25B7\u25C2\u25E8rrow\u0100;t\u0899\u25A1a\xE9\u24F6arpoon\u0100du\u25AF\u25B4own\xBB\u045Ap\xBB\u0966eftarrows;\u61C7ight\u0180ahs\u25CD\u25D6\u25DErrow\u0100;s\u08F4\u08A7arpoon\xF3\u0F98quigarro\xF7\u21F0hreetimes;\u62CB\u0180;qs\u258B\u0993\u25FAlan\xF4\u09AC\u0280;cdgs\u09AC\u260A\u260D\u261D\u2628c;\u6AA8ot\u0100;o\u2614\u2615\u6A7F\u0100;r\u261A\u261B\u6A81;\u6A83\u0100;e\u2622\u2625\uC000\u22DA\uFE00s;\u6A93\u0280adegs\u2633\u2639\u263D\u2649\u264Bppro\xF8\u24C6ot;\u62D6q\u0100gq\u2643\u2645\xF4\u0989gt\xF2\u248C\xF4\u099Bi\xED\u09B2\u0180ilr\u2655\u08E1\u265Asht;\u697C;\uC000\u{1D529}\u0100;E\u099C\u2663;\u6A91\u0161\u2669\u2676r\u0100du\u25B2\u266E\u0100;l\u0965\u2673;\u696Alk;\u6584cy;\u4459\u0280;acht\u0A48\u2688\u268B\u2691\u2696r\xF2\u25C1orne\xF2\u1D08ard;\u696Bri;\u65FA\u0100io\u269F\u26A4dot;\u4140ust\u0100;a\u26AC\u26AD\u63B0che\xBB\u26AD\u0200Eaes\u26BB\u26BD\u26C9\u26D4;\u6268p\u0100;p\u26C3\u26C4\u6A89rox\xBB\u26C4\u0100;q\u26CE\u26CF\u6A87\u0100;q\u26CE\u26BBim;\u62E6\u0400abnoptwz\u26E9\u26F4\u26F7\u271A\u272F\u2741\u2747\u2750\u0100nr\u26EE\u26F1g;\u67ECr;\u61FDr\xEB\u08C1g\u0180lmr\u26FF\u270D\u2714eft\u0100ar\u09E6\u2707ight\xE1\u09F2apsto;\u67FCight\xE1\u09FDparrow\u0100lr\u2725\u2729ef\xF4\u24EDight;\u61AC\u0180afl\u2736\u2739\u273Dr;\u6985;\uC000\u{1D55D}us;\u6A2Dimes;\u6A34\u0161\u274B\u274Fst;\u6217\xE1\u134E\u0180;ef\u2757\u2758\u1800\u65CAnge\xBB\u2758ar\u0100;l\u2764\u2765\u4028t;\u6993\u0280achmt\u2773\u2776\u277C\u2785\u2787r\xF2\u08A8orne\xF2\u1D8Car\u0100;d\u0F98\u2783;\u696D;\u600Eri;\u62BF\u0300achiqt\u2798\u279D\u0A40\u27A2\u27AE\u27BBquo;\u6039r;\uC000\u{1D4C1}m\u0180;eg\u09B2\u27AA\u27AC;\u6A8D;\u6A8F\u0100bu\u252A\u27B3o\u0100;r\u0E1F\u27B9;\u601Arok;\u4142\u8400<;cdhilqr\u082B\u27D2\u2639\u27DC\u27E0\u27E5\u27EA\u27F0\u0100ci\u27D7\u27D9;\u6AA6r;\u6A79re\xE5\u25F2mes;\u62C9arr;\u6976uest;\u6A7B\u0100Pi\u27F5\u27F9ar;\u6996\u0180;ef\u2800\u092D\u181B\u65C3r\u0100du\u2807\u280Dshar;\u694Ahar;\u6966\u0100en\u2817\u2821rtneqq;\uC000\u2268\uFE00\xC5\u281E\u0700Dacdefhilnopsu\u2840\u2845\u2882\u288E\u2893\u28A0\u28A5\u28A8\u28DA\u28E2\u28E4\u0A83\u28F3\u2902Dot;\u623A\u0200clpr\u284E\u2852\u2863\u287Dr\u803B\xAF\u40AF\u0100et\u2857\u2859;\u6642\u0100;e\u285E\u285F\u6720se\xBB\u285F\u0100;s\u103B\u2868to\u0200;dlu\u103B\u2873\u2877\u287Bow\xEE\u048Cef\xF4\u090F\xF0\u13D1ker;\u65AE\u0100oy\u2887\u288Cmma;\u6A29;\u443Cash;\u6014asuredangle\xBB\u1626r;\uC000\u{1D52A}o;\u6127\u0180cdn\u28AF\u28B4\u28C9ro\u803B\xB5\u40B5\u0200;acd\u1464\u28BD\u28C0\u28C4s\xF4\u16A7ir;\u6AF0ot\u80BB\xB7\u01B5us\u0180;bd\u28D2\u1903\u28D3\u6212\u0100;u\u1D3C\u28D8;\u6A2A\u0163\u28DE\u28E1p;\u6ADB\xF2\u2212\xF0\u0A81\u0100dp\u28E9\u28EEels;\u62A7f;\uC000\u{1D55E}\u0100ct\u28F8\u28FDr;\uC000\u{1D4C2}pos\xBB\u159D\u0180;lm\u2909\u290A\u290D\u43BCtimap;\u62B8\u0C00GLRVabcdefghijlmoprstuvw\u2942\u2953\u297E\u2989\u2998\u29DA\u29E9\u2A15\u2A1A\u2A58\u2A5D\u2A83\u2A95\u2AA4\u2AA8\u2B04\u2B07\u2B44\u2B7F\u2BAE\u2C34\u2C67\u2C7C\u2CE9\u0100gt\u2947\u294B;\uC000\u22D9\u0338\u0100;v\u2950\u0BCF\uC000\u226B\u20D2\u0180elt\u295A\u2972\u2976ft\u0100ar\u2961\u2967rrow;\u61CDightarrow;\u61CE;\uC000\u22D8\u0338\u0100;v\u297B\u0C47\uC000\u226A\u20D2ightarrow;\u61CF\u0100Dd\u298E\u2993ash;\u62AFash;\u62AE\u0280bcnpt\u29A3\u29A7\u29AC\u29B1\u29CCla\xBB\u02DEute;\u4144g;\uC000\u2220\u20D2\u0280;Eiop\u0D84\u29BC\u29C0\u29C5\u29C8;\uC000\u2A70\u0338d;\uC000\u224B\u0338s;\u4149ro\xF8\u0D84ur\u0100;a\u29D3\u29D4\u666El\u0100;s\u29D3\u0B38\u01F3\u29DF\0\u29E3p\u80BB\xA0\u0B37mp\u0100;e\u0BF9\u0C00\u0280aeouy\u29F4\u29FE\u2A03\u2A10\u2A13\u01F0\u29F9\0\u29FB;\u6A43on;\u4148dil;\u4146ng\u0100;d\u0D7E\u2A0Aot;\uC000\u2A6D\u0338p;\u6A42;\u443Dash;\u6013\u0380;Aadqsx\u0B92\u2A29\u2A2D\u2A3B\u2A41\u2A45\u2A50rr;\u61D7r\u0100hr\u2A33\u2A36k;\u6924\u0100;o\u13F2\u13F0ot;\uC000\u2250\u0338ui\xF6\u0B63\u0100ei\u2A4A\u2A4Ear;\u6928\xED\u0B98ist\u0100;s\u0BA0\u0B9Fr;\uC000\u{1D52B}\u0200Eest\u0BC5\u2A66\u2A79\u2A7C\u0180;qs\u0BBC\u2A6D\u0BE1\u0180;qs\u0BBC\u0BC5\u2A74lan\xF4\u0BE2i\xED\u0BEA\u0100;r\u0BB6\u2A81\xBB\u0BB7\u0180Aap\u2A8A\u2A8D\u2A91r\xF2\u2971rr;\u61AEar;\u6AF2\u0180;sv\u0F8D\u2A9C\u0F8C\u0100;d\u2AA1\u2AA2\u62FC;\u62FAcy;\u445A\u0380AEadest\u2AB7\u2ABA\u2ABE\u2AC2\u2AC5\u2AF6\u2AF9r\xF2\u2966;\uC000\u2266\u0338rr;\u619Ar;\u6025\u0200;fqs\u0C3B\u2ACE\u2AE3\u2AEFt\u0100ar\u2AD4\u2AD9rro\xF7\u2AC1ightarro\xF7\u2A90\u0180;qs\u0C3B\u2ABA\u2AEAlan\xF4\u0C55\u0100;s\u0C55\u2AF4\xBB\u0C36i\xED\u0C5D\u0100;r\u0C35\u2AFEi\u0100;e\u0C1A\u0C25i\xE4\u0D90\u0100pt\u2B0C\u2B11f;\uC000\u{1D55F}\u8180\xAC;in\u2B19\u2B1A\u2B36\u40ACn\u0200;Edv\u0B89\u2B24\u2B28\u2B2E;\uC000\u22F9\u0338ot;\uC000\u22F5\u0338\u01E1\u0B89\u2B33\u2B35;\u62F7;\u62F6i\u0100;v\u0CB8\u2B3C\u01E1\u0CB8\u2B41\u2B43;\u62FE;\u62FD\u0180aor\u2B4B\u2B63\u2B69r\u0200;ast\u0B7B\u2B55\u2B5A\u2B5Flle\xEC\u0B7Bl;\uC000\u2AFD\u20E5;\uC000\u2202\u0338lint;\u6A14\u0180;ce\u0C92\u2B70\u2B73u\xE5\u0CA5\u0100;c\u0C98\u2B78\u0100;e\u0C92\u2B7D\xF1\u0C98\u0200Aait\u2B88\u2B8B\u2B9D\u2BA7r\xF2\u2988rr\u0180;cw\u2B94\u2B95\u2B99\u619B;\uC000\u2933\u0338;\uC000\u219D\u0338ghtarrow\xBB\u2B95ri\u0100;e\u0CCB\u0CD6\u0380chimpqu\u2BBD\u2BCD\u2BD9\u2B04\u0B78\u2BE4\u2BEF\u0200;cer\u0D32\u2BC6\u0D37\u2BC9u\xE5\u0D45;\uC000\u{1D4C3}ort\u026D\u2B05\0\0\u2BD6ar\xE1\u2B56m\u0100;e\u0D6E\u2BDF\u0100;q\u0D74\u0D73su\u0100bp\u2BEB\u2BED\xE5\u0CF8\xE5\u0D0B\u0180bcp\u2BF6\u2C11\u2C19\u0200;Ees\u2BFF\u2C00\u0D22\u2C04\u6284;\uC000\u2AC5\u0338et\u0100;e\u0D1B\u2C0Bq\u0100;q\u0D23\u2C00c\u0100;e\u0D32\u2C17\xF1\u0D38\u0200;Ees\u2C22\u2C23\u0D5F\u2C27\u6285;\uC000\u2AC6\u0338et\u0100;e\u0D58\u2C2Eq\u0100;q\u0D60\u2C23\u0200gilr\u2C3D\u2C3F\u2C45\u2C47\xEC\u0BD7lde\u803B\xF1\u40F1\xE7\u0C43iangle\u0100lr\u2C52\u2C5Ceft\u0100;e\u0C1A\u2C5A\xF1\u0C26ight\u0100;e\u0CCB\u2C65\xF1\u0CD7\u0100;m\u2C6C\u2C6D\u43BD\u0180;es\u2C74\u2C75\u2C79\u4023ro;\u6116p;\u6007\u0480DHadgilrs\u2C8F\u2C94\u2C99\u2C9E\u2CA3\u2CB0\u2CB6\u2CD3\u2CE3ash;\u62ADarr;\u6904p;\uC000\u224D\u20D2ash;\u62AC\u0100et\u2CA8\u2CAC;\uC000\u2265\u20D2;\uC000>\u20D2nfin;\u69DE\u0180Aet\u2CBD\u2CC1\u2CC5rr;\u6902;\uC000\u2264\u20D2\u0100;r\u2CCA\u2CCD\uC000<\u20D2ie;\uC000\u22B4\u20D2\u0100At\u2CD8\u2CDCrr;\u6903rie;\uC000\u22B5\u20D2im;\uC000\u223C\u20D2\u0180Aan\u2CF0\u2CF4\u2D02rr;\u61D6r\u0100hr\u2CFA\u2CFDk;\u6923\u0100;o\u13E7\u13E5ear;\u6927\u1253\u1A95\0\0\0\0\0\0\0\0\0\0\0\0\0\u2D2D\0\u2D38\u2D48\u2D60\u2D65\u2D72\u2D84\u1B07\0\0\u2D8D\u2DAB\0\u2DC8\u2DCE\0\u2DDC\u2E19\u2E2B\u2E3E\u2E43\u0100cs\u2D31\u1A97ute\u803B\xF3\u40F3\u0100iy\u2D3C\u2D45r\u0100;c\u1A9E\u2D42\u803B\xF4\u40F4;\u443E\u0280abios\u1AA0\u2D52\u2D57\u01C8\u2D5Alac;\u4151v;\u6A38old;\u69BClig;\u4153\u0100cr\u2D69\u2D6Dir;\u69BF;\uC000\u{1D52C}\u036F\u2D79\0\0\u2D7C\0\u2D82n;\u42DBave\u803B\xF2\u40F2;\u69C1\u0100bm\u2D88\u0DF4ar;\u69B5\u0200acit\u2D95\u2D98\u2DA5\u2DA8r\xF2\u1A80\u0100ir\u2D9D\u2DA0r;\u69BEoss;\u69BBn\xE5\u0E52;\u69C0\u0180aei\u2DB1\u2DB5\u2DB9cr;\u414Dga;\u43C9\u0180cdn\u2DC0\u2DC5\u01CDron;\u43BF;\u69B6pf;\uC000\u{1D560}\u0180ael\u2DD4\u2DD7\u01D2r;\u69B7rp;\u69B9\u0380;adiosv\u2DEA\u2DEB\u2DEE\u2E08\u2E0D\u2E10\u2E16\u6228r\xF2\u1A86\u0200;efm\u2DF7\u2DF8\u2E02\u2E05\u6A5Dr\u0100;o\u2DFE\u2DFF\u6134f\xBB\u2DFF\u803B\xAA\u40AA\u803B\xBA\u40BAgof;\u62B6r;\u6A56lope;\u6A57;\u6A5B\u0180clo\u2E1F\u2E21\u2E27\xF2\u2E01ash\u803B\xF8\u40F8l;\u6298i\u016C\u2E2F\u2E34de\u803B\xF5\u40F5es\u0100;a\u01DB\u2E3As;\u6A36ml\u803B\xF6\u40F6bar;\u633D\u0AE1\u2E5E\0\u2E7D\0\u2E80\u2E9D\0\u2EA2\u2EB9\0\0\u2ECB\u0E9C\0\u2F13\0\0\u2F2B\u2FBC\0\u2FC8r\u0200;ast\u0403\u2E67\u2E72\u0E85\u8100\xB6;l\u2E6D\u2E6E\u40B6le\xEC\u0403\u0269\u2E78\0\0\u2E7Bm;\u6AF3;\u6AFDy;\u443Fr\u0280cimpt\u2E8B\u2E8F\u2E93\u1865\u2E97nt;\u4025od;\u402Eil;\u6030enk;\u6031r;\uC000\u{1D52D}\u0180imo\u2EA8\u2EB0\u2EB4\u0100;v\u2EAD\u2EAE\u43C6;\u43D5ma\xF4\u0A76ne;\u660E\u0180;tv\u2EBF\u2EC0\u2EC8\u43C0chfork\xBB\u1FFD;\u43D6\u0100au\u2ECF\u2EDFn\u0100ck\u2ED5\u2EDDk\u0100;h\u21F4\u2EDB;\u610E\xF6\u21F4s\u0480;abcdemst\u2EF3\u2EF4\u1908\u2EF9\u2EFD\u2F04\u2F06\u2F0A\u2F0E\u402Bcir;\u6A23ir;\u6A22\u0100ou\u1D40\u2F02;\u6A25;\u6A72n\u80BB\xB1\u0E9Dim;\u6A26wo;\u6A27\u0180ipu\u2F19\u2F20\u2F25ntint;\u6A15f;\uC000\u{1D561}nd\u803B\xA3\u40A3\u0500;Eaceinosu\u0EC8\u2F3F\u2F41\u2F44\u2F47\u2F81\u2F89\u2F92\u2F7E\u2FB6;\u6AB3p;\u6AB7u\xE5\u0ED9\u0100;c\u0ECE\u2F4C\u0300;acens\u0EC8\u2F59\u2F5F\u2F66\u2F68\u2F7Eppro\xF8\u2F43urlye\xF1\u0ED9\xF1\u0ECE\u0180aes\u2F6F\u2F76\u2F7Approx;\u6AB9qq;\u6AB5im;\u62E8i\xED\u0EDFme\u0100;s\u2F88\u0EAE\u6032\u0180Eas\u2F78\u2F90\u2F7A\xF0\u2F75\u0180dfp\u0EEC\u2F99\u2FAF\u0180als\u2FA0\u2FA5\u2FAAlar;\u632Eine;\u6312urf;\u6313\u0100;t\u0EFB\u2FB4\xEF\u0EFBrel;\u62B0\u0100ci\u2FC0\u2FC5r;\uC000\u{1D4C5};\u43C8ncsp;\u6008\u0300fiopsu\u2FDA\u22E2\u2FDF\u2FE5\u2FEB\u2FF1r;\uC000\u{1D52E}pf;\uC000\u{1D562}rime;\u6057cr;\uC000\u{1D4C6}\u0180aeo\u2FF8\u3009\u3013t\u0100ei\u2FFE\u3005rnion\xF3\u06B0nt;\u6A16st\u0100;e\u3010\u3011\u403F\xF1\u1F19\xF4\u0F14\u0A80ABHabcdefhilmnoprstux\u3040\u3051\u3055\u3059\u30E0\u310E\u312B\u3147\u3162\u3172\u318E\u3206\u3215\u3224\u3229\u3258\u326E\u3272\u3290\u32B0\u32B7\u0180art\u3047\u304A\u304Cr\xF2\u10B3\xF2\u03DDail;\u691Car\xF2\u1C65ar;\u6964\u0380cdenqrt\u3068\u3075\u3078\u307F\u308F\u3094\u30CC\u0100eu\u306D\u3071;\uC000\u223D\u0331te;\u4155i\xE3\u116Emptyv;\u69B3g\u0200;del\u0FD1\u3089\u308B\u308D;\u6992;\u69A5\xE5\u0FD1uo\u803B\xBB\u40BBr\u0580;abcfhlpstw\u0FDC\u30AC\u30AF\u30B7\u30B9\u30BC\u30BE\u30C0\u30C3\u30C7\u30CAp;\u6975\u0100;f\u0FE0\u30B4s;\u6920;\u6933s;\u691E\xEB\u225D\xF0\u272El;\u6945im;\u6974l;\u61A3;\u619D\u0100ai\u30D1\u30D5il;\u691Ao\u0100;n\u30DB\u30DC\u6236al\xF3\u0F1E\u0180abr\u30E7\u30EA\u30EEr\xF2\u17E5rk;\u6773\u0100ak\u30F3\u30FDc\u0100ek\u30F9\u30FB;\u407D;\u405D\u0100es\u3102\u3104;\u698Cl\u0100du\u310A\u310C;\u698E;\u6990\u0200aeuy\u3117\u311C\u3127\u3129ron;\u4159\u0100di\u3121\u3125il;\u4157\xEC\u0FF2\xE2\u30FA;\u4440\u0200clqs\u3134\u3137\u313D\u3144a;\u6937dhar;\u6969uo\u0100;r\u020E\u020Dh;\u61B3\u0180acg\u314E\u315F\u0F44l\u0200;ips\u0F78\u3158\u315B\u109Cn\xE5\u10BBar\xF4\u0FA9t;\u65AD\u0180ilr\u3169\u1023\u316Esht;\u697D;\uC000\u{1D52F}\u0100ao\u3177\u3186r\u0100du\u317D\u317F\xBB\u047B\u0100;l\u1091\u3184;\u696C\u0100;v\u318B\u318C\u43C1;\u43F1\u0180gns\u3195\u31F9\u31FCht\u0300ahlrst\u31A4\u31B0\u31C2\u31D8\u31E4\u31EErrow\u0100;t\u0FDC\u31ADa\xE9\u30C8arpoon\u0100du\u31BB\u31BFow\xEE\u317Ep\xBB\u1092eft\u0100ah\u31CA\u31D0rrow\xF3\u0FEAarpoon\xF3\u0551ightarrows;\u61C9quigarro\xF7\u30CBhreetimes;\u62CCg;\u42DAingdotse\xF1\u1F32\u0180ahm\u320D\u3210\u3213r\xF2\u0FEAa\xF2\u0551;\u600Foust\u0100;a\u321E\u321F\u63B1che\xBB\u321Fmid;\u6AEE\u0200abpt\u3232\u323D\u3240\u3252\u0100nr\u3237\u323Ag;\u67EDr;\u61FEr\xEB\u1003\u0180afl\u3247\u324A\u324Er;\u6986;\uC000\u{1D563}us;\u6A2Eimes;\u6A35\u0100ap\u325D\u3267r\u0100;g\u3263\u3264\u4029t;\u6994olint;\u6A12ar\xF2\u31E3\u0200achq\u327B\u3280\u10BC\u3285quo;\u603Ar;\uC000\u{1D4C7}\u0100bu\u30FB\u328Ao\u0100;r\u0214\u0213\u0180hir\u3297\u329B\u32A0re\xE5\u31F8mes;\u62CAi\u0200;efl\u32AA\u1059\u1821\u32AB\u65B9tri;\u69CEluhar;\u6968;\u611E\u0D61\u32D5\u32DB\u32DF\u332C\u3338\u3371\0\u337A\u33A4\0\0\u33EC\u33F0\0\u3428\u3448\u345A\u34AD\u34B1\u34CA\u34F1\0\u3616\0\0\u3633cute;\u415Bqu\xEF\u27BA\u0500;Eaceinpsy\u11ED\u32F3\u32F5\u32FF\u3302\u330B\u330F\u331F\u3326\u3329;\u6AB4\u01F0\u32FA\0\u32FC;\u6AB8on;\u4161u\xE5\u11FE\u0100;d\u11F3\u3307il;\u415Frc;\u415D\u0180Eas\u3316\u3318\u331B;\u6AB6p;\u6ABAim;\u62E9olint;\u6A13i\xED\u1204;\u4441ot\u0180;be\u3334\u1D47\u3335\u62C5;\u6A66\u0380Aacmstx\u3346\u334A\u3357\u335B\u335E\u3363\u336Drr;\u61D8r\u0100hr\u3350\u3352\xEB\u2228\u0100;o\u0A36\u0A34t\u803B\xA7\u40A7i;\u403Bwar;\u6929m\u0100in\u3369\xF0nu\xF3\xF1t;\u6736r\u0100;o\u3376\u2055\uC000\u{1D530}\u0200acoy\u3382\u3386\u3391\u33A0rp;\u666F\u0100hy\u338B\u338Fcy;\u4449;\u4448rt\u026D\u3399\0\0\u339Ci\xE4\u1464ara\xEC\u2E6F\u803B\xAD\u40AD\u0100gm\u33A8\u33B4ma\u0180;fv\u33B1\u33B2\u33B2\u43C3;\u43C2\u0400;deglnpr\u12AB\u33C5\u33C9\u33CE\u33D6\u33DE\u33E1\u33E6ot;\u6A6A\u0100;q\u12B1\u12B0\u0100;E\u33D3\u33D4\u6A9E;\u6AA0\u0100;E\u33DB\u33DC\u6A9D;\u6A9Fe;\u6246lus;\u6A24arr;\u6972ar\xF2\u113D\u0200aeit\u33F8\u3408\u340F\u3417\u0100ls\u33FD\u3404lsetm\xE9\u336Ahp;\u6A33parsl;\u69E4\u0100dl\u1463\u3414e;\u6323\u0100;e\u341C\u341D\u6AAA\u0100;s\u3422\u3423\u6AAC;\uC000\u2AAC\uFE00\u0180flp\u342E\u3433\u3442tcy;\u444C\u0100;b\u3438\u3439\u402F\u0100;a\u343E\u343F\u69C4r;\u633Ff;\uC000\u{1D564}a\u0100dr\u344D\u0402es\u0100;u\u3454\u3455\u6660it\xBB\u3455\u0180csu\u3460\u3479\u349F\u0100au\u3465\u346Fp\u0100;s\u1188\u346B;\uC000\u2293\uFE00p\u0100;s\u11B4\u3475;\uC000\u2294\uFE00u\u0100bp\u347F\u348F\u0180;es\u1197\u119C\u3486et\u0100;e\u1197\u348D\xF1\u119D\u0180;es\u11A8\u11AD\u3496et\u0100;e\u11A8\u349D\xF1\u11AE\u0180;af\u117B\u34A6\u05B0r\u0165\u34AB\u05B1\xBB\u117Car\xF2\u1148\u0200cemt\u34B9\u34BE\u34C2\u34C5r;\uC000\u{1D4C8}tm\xEE\xF1i\xEC\u3415ar\xE6\u11BE\u0100ar\u34CE\u34D5r\u0100;f\u34D4\u17BF\u6606\u0100an\u34DA\u34EDight\u0100ep\u34E3\u34EApsilo\xEE\u1EE0h\xE9\u2EAFs\xBB\u2852\u0280bcmnp\u34FB\u355E\u1209\u358B\u358E\u0480;Edemnprs\u350E\u350F\u3511\u3515\u351E\u3523\u352C\u3531\u3536\u6282;\u6AC5ot;\u6ABD\u0100;d\u11DA\u351Aot;\u6AC3ult;\u6AC1\u0100Ee\u3528\u352A;\u6ACB;\u628Alus;\u6ABFarr;\u6979\u0180eiu\u353D\u3552\u3555t\u0180;en\u350E\u3545\u354Bq\u0100;q\u11DA\u350Feq\u0100;q\u352B\u3528m;\u6AC7\u0100bp\u355A\u355C;\u6AD5;\u6AD3c\u0300;acens\u11ED\u356C\u3572\u3579\u357B\u3326ppro\xF8\u32FAurlye\xF1\u11FE\xF1\u11F3\u0180aes\u3582\u3588\u331Bppro\xF8\u331Aq\xF1\u3317g;\u666A\u0680123;Edehlmnps\u35A9\u35AC\u35AF\u121C\u35B2\u35B4\u35C0\u35C9\u35D5\u35DA\u35DF\u35E8\u35ED\u803B\xB9\u40B9\u803B\xB2\u40B2\u803B\xB3\u40B3;\u6AC6\u0100os\u35B9\u35BCt;\u6ABEub;\u6AD8\u0100;d\u1222\u35C5ot;\u6AC4s\u0100ou\u35CF\u35D2l;\u67C9b;\u6AD7arr;\u697Bult;\u6AC2\u0100Ee\u35E4\u35E6;\u6ACC;\u628Blus;\u6AC0\u0180eiu\u35F4\u3609\u360Ct\u0180;en\u121C\u35FC\u3602q\u0100;q\u1222\u35B2eq\u0100;q\u35E7\u35E4m;\u6AC8\u0100bp\u3611\u3613;\u6AD4;\u6AD6\u0180Aan\u361C\u3620\u362Drr;\u61D9r\u0100hr\u3626\u3628\xEB\u222E\u0100;o\u0A2B\u0A29war;\u692Alig\u803B\xDF\u40DF\u0BE1\u3651\u365D\u3660\u12CE\u3673\u3679\0\u367E\u36C2\0\0\0\0\0\u36DB\u3703\0\u3709\u376C\0\0\0\u3787\u0272\u3656\0\0\u365Bget;\u6316;\u43C4r\xEB\u0E5F\u0180aey\u3666\u366B\u3670ron;\u4165dil;\u4163;\u4442lrec;\u6315r;\uC000\u{1D531}\u0200eiko\u3686\u369D\u36B5\u36BC\u01F2\u368B\0\u3691e\u01004f\u1284\u1281a\u0180;sv\u3698\u3699\u369B\u43B8ym;\u43D1\u0100cn\u36A2\u36B2k\u0100as\u36A8\u36AEppro\xF8\u12C1im\xBB\u12ACs\xF0\u129E\u0100as\u36BA\u36AE\xF0\u12C1rn\u803B\xFE\u40FE\u01EC\u031F\u36C6\u22E7es\u8180\xD7;bd\u36CF\u36D0\u36D8\u40D7\u0100;a\u190F\u36D5r;\u6A31;\u6A30\u0180eps\u36E1\u36E3\u3700\xE1\u2A4D\u0200;bcf\u0486\u36EC\u36F0\u36F4ot;\u6336ir;\u6AF1\u0100;o\u36F9\u36FC\uC000\u{1D565}rk;\u6ADA\xE1\u3362rime;\u6034\u0180aip\u370F\u3712\u3764d\xE5\u1248\u0380adempst\u3721\u374D\u3740\u3751\u3757\u375C\u375Fngle\u0280;dlqr\u3730\u3731\u3736\u3740\u3742\u65B5own\xBB\u1DBBeft\u0100;e\u2800\u373E\xF1\u092E;\u625Cight\u0100;e\u32AA\u374B\xF1\u105Aot;\u65ECinus;\u6A3Alus;\u6A39b;\u69CDime;\u6A3Bezium;\u63E2\u0180cht\u3772\u377D\u3781\u0100ry\u3777\u377B;\uC000\u{1D4C9};\u4446cy;\u445Brok;\u4167\u0100io\u378B\u378Ex\xF4\u1777head\u0100lr\u3797\u37A0eftarro\xF7\u084Fightarrow\xBB\u0F5D\u0900AHabcdfghlmoprstuw\u37D0\u37D3\u37D7\u37E4\u37F0\u37FC\u380E\u381C\u3823\u3834\u3851\u385D\u386B\u38A9\u38CC\u38D2\u38EA\u38F6r\xF2\u03EDar;\u6963\u0100cr\u37DC\u37E2ute\u803B\xFA\u40FA\xF2\u1150r\u01E3\u37EA\0\u37EDy;\u445Eve;\u416D\u0100iy\u37F5\u37FArc\u803B\xFB\u40FB;\u4443\u0180abh\u3803\u3806\u380Br\xF2\u13ADlac;\u4171a\xF2\u13C3\u0100ir\u3813\u3818sht;\u697E;\uC000\u{1D532}rave\u803B\xF9\u40F9\u0161\u3827\u3831r\u0100lr\u382C\u382E\xBB\u0957\xBB\u1083lk;\u6580\u0100ct\u3839\u384D\u026F\u383F\0\0\u384Arn\u0100;e\u3845\u3846\u631Cr\xBB\u3846op;\u630Fri;\u65F8\u0100al\u3856\u385Acr;\u416B\u80BB\xA8\u0349\u0100gp\u3862\u3866on;\u4173f;\uC000\u{1D566}\u0300adhlsu\u114B\u3878\u387D\u1372\u3891\u38A0own\xE1\u13B3arpoon\u0100lr\u3888\u388Cef\xF4\u382Digh\xF4\u382Fi\u0180;hl\u3899\u389A\u389C\u43C5\xBB\u13FAon\xBB\u389Aparrows;\u61C8\u0180cit\u38B0\u38C4\u38C8\u026F\u38B6\0\0\u38C1rn\u0100;e\u38BC\u38BD\u631Dr\xBB\u38BDop;\u630Eng;\u416Fri;\u65F9cr;\uC000\u{1D4CA}\u0180dir\u38D9\u38DD\u38E2ot;\u62F0lde;\u4169i\u0100;f\u3730\u38E8\xBB\u1813\u0100am\u38EF\u38F2r\xF2\u38A8l\u803B\xFC\u40FCangle;\u69A7\u0780ABDacdeflnoprsz\u391C\u391F\u3929\u392D\u39B5\u39B8\u39BD\u39DF\u39E4\u39E8\u39F3\u39F9\u39FD\u3A01\u3A20r\xF2\u03F7ar\u0100;v\u3926\u3927\u6AE8;\u6AE9as\xE8\u03E1\u0100nr\u3932\u3937grt;\u699C\u0380eknprst\u34E3\u3946\u394B\u3952\u395D\u3964\u3996app\xE1\u2415othin\xE7\u1E96\u0180hir\u34EB\u2EC8\u3959op\xF4\u2FB5\u0100;h\u13B7\u3962\xEF\u318D\u0100iu\u3969\u396Dgm\xE1\u33B3\u0100bp\u3972\u3984setneq\u0100;q\u397D\u3980\uC000\u228A\uFE00;\uC000\u2ACB\uFE00setneq\u0100;q\u398F\u3992\uC000\u228B\uFE00;\uC000\u2ACC\uFE00\u0100hr\u399B\u399Fet\xE1\u369Ciangle\u0100lr\u39AA\u39AFeft\xBB\u0925ight\xBB\u1051y;\u4432ash\xBB\u1036\u0180elr\u39C4\u39D2\u39D7\u0180;be\u2DEA\u39CB\u39CFar;\u62BBq;\u625Alip;\u62EE\u0100bt\u39DC\u1468a\xF2\u1469r;\uC000\u{1D533}tr\xE9\u39AEsu\u0100bp\u39EF\u39F1\xBB\u0D1C\xBB\u0D59pf;\uC000\u{1D567}ro\xF0\u0EFBtr\xE9\u39B4\u0100cu\u3A06\u3A0Br;\uC000\u{1D4CB}\u0100bp\u3A10\u3A18n\u0100Ee\u3980\u3A16\xBB\u397En\u0100Ee\u3992\u3A1E\xBB\u3990igzag;\u699A\u0380cefoprs\u3A36\u3A3B\u3A56\u3A5B\u3A54\u3A61\u3A6Airc;\u4175\u0100di\u3A40\u3A51\u0100bg\u3A45\u3A49ar;\u6A5Fe\u0100;q\u15FA\u3A4F;\u6259erp;\u6118r;\uC000\u{1D534}pf;\uC000\u{1D568}\u0100;e\u1479\u3A66at\xE8\u1479cr;\uC000\u{1D4CC}\u0AE3\u178E\u3A87\0\u3A8B\0\u3A90\u3A9B\0\0\u3A9D\u3AA8\u3AAB\u3AAF\0\0\u3AC3\u3ACE\0\u3AD8\u17DC\u17DFtr\xE9\u17D1r;\uC000\u{1D535}\u0100Aa\u3A94\u3A97r\xF2\u03C3r\xF2\u09F6;\u43BE\u0100Aa\u3AA1\u3AA4r\xF2\u03B8r\xF2\u09EBa\xF0\u2713is;\u62FB\u0180dpt\u17A4\u3AB5\u3ABE\u0100fl\u3ABA\u17A9;\uC000\u{1D569}im\xE5\u17B2\u0100Aa\u3AC7\u3ACAr\xF2\u03CEr\xF2\u0A01\u0100cq\u3AD2\u17B8r;\uC000\u{1D4CD}\u0100pt\u17D6\u3ADCr\xE9\u17D4\u0400acefiosu\u3AF0\u3AFD\u3B08\u3B0C\u3B11\u3B15\u3B1B\u3B21c\u0100uy\u3AF6\u3AFBte\u803B\xFD\u40FD;\u444F\u0100iy\u3B02\u3B06rc;\u4177;\u444Bn\u803B\xA5\u40A5r;\uC000\u{1D536}cy;\u4457pf;\uC000\u{1D56A}cr;\uC000\u{1D4CE}\u0100cm\u3B26\u3B29y;\u444El\u803B\xFF\u40FF\u0500acdefhiosw\u3B42\u3B48\u3B54\u3B58\u3B64\u3B69\u3B6D\u3B74\u3B7A\u3B80cute;\u417A\u0100ay\u3B4D\u3B52ron;\u417E;\u4437ot;\u417C\u0100et\u3B5D\u3B61tr\xE6\u155Fa;\u43B6r;\uC000\u{1D537}cy;\u4436grarr;\u61DDpf;\uC000\u{1D56B}cr;\uC000\u{1D4CF}\u0100jn\u3B85\u3B87;\u600Dj;\u600C'.split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/generated/decode-data-xml.js
var decode_data_xml_default = new Uint16Array(
  // prettier-ignore
  "\u0200aglq	\x1B\u026D\0\0p;\u4026os;\u4027t;\u403Et;\u403Cuot;\u4022".split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/decode_codepoint.js
var _a;
var decodeMap = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, node/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);
function replaceCodePoint(codePoint) {
  var _a2;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a2 = decodeMap.get(codePoint)) !== null && _a2 !== void 0 ? _a2 : codePoint;
}

// node_modules/entities/lib/esm/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_F"] = 102] = "LOWER_F";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
  CharCodes2[CharCodes2["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes2[CharCodes2["UPPER_A"] = 65] = "UPPER_A";
  CharCodes2[CharCodes2["UPPER_F"] = 70] = "UPPER_F";
  CharCodes2[CharCodes2["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
function isNumber(code2) {
  return code2 >= CharCodes.ZERO && code2 <= CharCodes.NINE;
}
function isHexadecimalCharacter(code2) {
  return code2 >= CharCodes.UPPER_A && code2 <= CharCodes.UPPER_F || code2 >= CharCodes.LOWER_A && code2 <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code2) {
  return code2 >= CharCodes.UPPER_A && code2 <= CharCodes.UPPER_Z || code2 >= CharCodes.LOWER_A && code2 <= CharCodes.LOWER_Z || isNumber(code2);
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAsciiAlphaNumeric(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode.Strict;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param string The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(str, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (str.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(str, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(str, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(str, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(str, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(str, offset);
      }
      case EntityDecoderState.NamedEntity: {
        return this.stateNamedEntity(str, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(str, offset) {
    if (offset >= str.length) {
      return -1;
    }
    if ((str.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(str, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(str, offset);
  }
  addToNumericResult(str, start, end, base) {
    if (start !== end) {
      const digitCount = end - start;
      this.result = this.result * Math.pow(base, digitCount) + parseInt(str.substr(start, digitCount), base);
      this.consumed += digitCount;
    }
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 16);
        return this.emitNumericEntity(char, 3);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 16);
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 10);
        return this.emitNumericEntity(char, 2);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 10);
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a2;
    if (this.consumed <= expectedLength) {
      (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(str, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
    for (; offset < str.length; offset++, this.excess++) {
      const char = str.charCodeAt(offset);
      this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode.Strict) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a2;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~BinTrieFlags.VALUE_LENGTH : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a2;
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState.EntityStart: {
        return 0;
      }
    }
  }
};
function getDecoder(decodeTree) {
  let ret = "";
  const decoder = new EntityDecoder(decodeTree, (str) => ret += fromCodePoint(str));
  return function decodeWithTrie(str, decodeMode) {
    let lastIndex = 0;
    let offset = 0;
    while ((offset = str.indexOf("&", offset)) >= 0) {
      ret += str.slice(lastIndex, offset);
      decoder.startEntity(decodeMode);
      const len = decoder.write(
        str,
        // Skip the "&"
        offset + 1
      );
      if (len < 0) {
        lastIndex = offset + decoder.end();
        break;
      }
      lastIndex = offset + len;
      offset = len === 0 ? lastIndex + 1 : lastIndex;
    }
    const result = ret + str.slice(lastIndex);
    ret = "";
    return result;
  };
}
function determineBranch(decodeTree, current, nodeIdx, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIdx : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIdx + value] - 1;
  }
  let lo = nodeIdx;
  let hi = lo + branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const midVal = decodeTree[mid];
    if (midVal < char) {
      lo = mid + 1;
    } else if (midVal > char) {
      hi = mid - 1;
    } else {
      return decodeTree[mid + branchCount];
    }
  }
  return -1;
}
var htmlDecoder = getDecoder(decode_data_html_default);
var xmlDecoder = getDecoder(decode_data_xml_default);
function decodeHTML(str, mode = DecodingMode.Legacy) {
  return htmlDecoder(str, mode);
}

// node_modules/entities/lib/esm/generated/encode-html.js
function restoreDiff(arr) {
  for (let i = 1; i < arr.length; i++) {
    arr[i][0] += arr[i - 1][0] + 1;
  }
  return arr;
}
var encode_html_default = new Map(/* @__PURE__ */ restoreDiff([[9, "&Tab;"], [0, "&NewLine;"], [22, "&excl;"], [0, "&quot;"], [0, "&num;"], [0, "&dollar;"], [0, "&percnt;"], [0, "&amp;"], [0, "&apos;"], [0, "&lpar;"], [0, "&rpar;"], [0, "&ast;"], [0, "&plus;"], [0, "&comma;"], [1, "&period;"], [0, "&sol;"], [10, "&colon;"], [0, "&semi;"], [0, { v: "&lt;", n: 8402, o: "&nvlt;" }], [0, { v: "&equals;", n: 8421, o: "&bne;" }], [0, { v: "&gt;", n: 8402, o: "&nvgt;" }], [0, "&quest;"], [0, "&commat;"], [26, "&lbrack;"], [0, "&bsol;"], [0, "&rbrack;"], [0, "&Hat;"], [0, "&lowbar;"], [0, "&DiacriticalGrave;"], [5, { n: 106, o: "&fjlig;" }], [20, "&lbrace;"], [0, "&verbar;"], [0, "&rbrace;"], [34, "&nbsp;"], [0, "&iexcl;"], [0, "&cent;"], [0, "&pound;"], [0, "&curren;"], [0, "&yen;"], [0, "&brvbar;"], [0, "&sect;"], [0, "&die;"], [0, "&copy;"], [0, "&ordf;"], [0, "&laquo;"], [0, "&not;"], [0, "&shy;"], [0, "&circledR;"], [0, "&macr;"], [0, "&deg;"], [0, "&PlusMinus;"], [0, "&sup2;"], [0, "&sup3;"], [0, "&acute;"], [0, "&micro;"], [0, "&para;"], [0, "&centerdot;"], [0, "&cedil;"], [0, "&sup1;"], [0, "&ordm;"], [0, "&raquo;"], [0, "&frac14;"], [0, "&frac12;"], [0, "&frac34;"], [0, "&iquest;"], [0, "&Agrave;"], [0, "&Aacute;"], [0, "&Acirc;"], [0, "&Atilde;"], [0, "&Auml;"], [0, "&angst;"], [0, "&AElig;"], [0, "&Ccedil;"], [0, "&Egrave;"], [0, "&Eacute;"], [0, "&Ecirc;"], [0, "&Euml;"], [0, "&Igrave;"], [0, "&Iacute;"], [0, "&Icirc;"], [0, "&Iuml;"], [0, "&ETH;"], [0, "&Ntilde;"], [0, "&Ograve;"], [0, "&Oacute;"], [0, "&Ocirc;"], [0, "&Otilde;"], [0, "&Ouml;"], [0, "&times;"], [0, "&Oslash;"], [0, "&Ugrave;"], [0, "&Uacute;"], [0, "&Ucirc;"], [0, "&Uuml;"], [0, "&Yacute;"], [0, "&THORN;"], [0, "&szlig;"], [0, "&agrave;"], [0, "&aacute;"], [0, "&acirc;"], [0, "&atilde;"], [0, "&auml;"], [0, "&aring;"], [0, "&aelig;"], [0, "&ccedil;"], [0, "&egrave;"], [0, "&eacute;"], [0, "&ecirc;"], [0, "&euml;"], [0, "&igrave;"], [0, "&iacute;"], [0, "&icirc;"], [0, "&iuml;"], [0, "&eth;"], [0, "&ntilde;"], [0, "&ograve;"], [0, "&oacute;"], [0, "&ocirc;"], [0, "&otilde;"], [0, "&ouml;"], [0, "&div;"], [0, "&oslash;"], [0, "&ugrave;"], [0, "&uacute;"], [0, "&ucirc;"], [0, "&uuml;"], [0, "&yacute;"], [0, "&thorn;"], [0, "&yuml;"], [0, "&Amacr;"], [0, "&amacr;"], [0, "&Abreve;"], [0, "&abreve;"], [0, "&Aogon;"], [0, "&aogon;"], [0, "&Cacute;"], [0, "&cacute;"], [0, "&Ccirc;"], [0, "&ccirc;"], [0, "&Cdot;"], [0, "&cdot;"], [0, "&Ccaron;"], [0, "&ccaron;"], [0, "&Dcaron;"], [0, "&dcaron;"], [0, "&Dstrok;"], [0, "&dstrok;"], [0, "&Emacr;"], [0, "&emacr;"], [2, "&Edot;"], [0, "&edot;"], [0, "&Eogon;"], [0, "&eogon;"], [0, "&Ecaron;"], [0, "&ecaron;"], [0, "&Gcirc;"], [0, "&gcirc;"], [0, "&Gbreve;"], [0, "&gbreve;"], [0, "&Gdot;"], [0, "&gdot;"], [0, "&Gcedil;"], [1, "&Hcirc;"], [0, "&hcirc;"], [0, "&Hstrok;"], [0, "&hstrok;"], [0, "&Itilde;"], [0, "&itilde;"], [0, "&Imacr;"], [0, "&imacr;"], [2, "&Iogon;"], [0, "&iogon;"], [0, "&Idot;"], [0, "&imath;"], [0, "&IJlig;"], [0, "&ijlig;"], [0, "&Jcirc;"], [0, "&jcirc;"], [0, "&Kcedil;"], [0, "&kcedil;"], [0, "&kgreen;"], [0, "&Lacute;"], [0, "&lacute;"], [0, "&Lcedil;"], [0, "&lcedil;"], [0, "&Lcaron;"], [0, "&lcaron;"], [0, "&Lmidot;"], [0, "&lmidot;"], [0, "&Lstrok;"], [0, "&lstrok;"], [0, "&Nacute;"], [0, "&nacute;"], [0, "&Ncedil;"], [0, "&ncedil;"], [0, "&Ncaron;"], [0, "&ncaron;"], [0, "&napos;"], [0, "&ENG;"], [0, "&eng;"], [0, "&Omacr;"], [0, "&omacr;"], [2, "&Odblac;"], [0, "&odblac;"], [0, "&OElig;"], [0, "&oelig;"], [0, "&Racute;"], [0, "&racute;"], [0, "&Rcedil;"], [0, "&rcedil;"], [0, "&Rcaron;"], [0, "&rcaron;"], [0, "&Sacute;"], [0, "&sacute;"], [0, "&Scirc;"], [0, "&scirc;"], [0, "&Scedil;"], [0, "&scedil;"], [0, "&Scaron;"], [0, "&scaron;"], [0, "&Tcedil;"], [0, "&tcedil;"], [0, "&Tcaron;"], [0, "&tcaron;"], [0, "&Tstrok;"], [0, "&tstrok;"], [0, "&Utilde;"], [0, "&utilde;"], [0, "&Umacr;"], [0, "&umacr;"], [0, "&Ubreve;"], [0, "&ubreve;"], [0, "&Uring;"], [0, "&uring;"], [0, "&Udblac;"], [0, "&udblac;"], [0, "&Uogon;"], [0, "&uogon;"], [0, "&Wcirc;"], [0, "&wcirc;"], [0, "&Ycirc;"], [0, "&ycirc;"], [0, "&Yuml;"], [0, "&Zacute;"], [0, "&zacute;"], [0, "&Zdot;"], [0, "&zdot;"], [0, "&Zcaron;"], [0, "&zcaron;"], [19, "&fnof;"], [34, "&imped;"], [63, "&gacute;"], [65, "&jmath;"], [142, "&circ;"], [0, "&caron;"], [16, "&breve;"], [0, "&DiacriticalDot;"], [0, "&ring;"], [0, "&ogon;"], [0, "&DiacriticalTilde;"], [0, "&dblac;"], [51, "&DownBreve;"], [127, "&Alpha;"], [0, "&Beta;"], [0, "&Gamma;"], [0, "&Delta;"], [0, "&Epsilon;"], [0, "&Zeta;"], [0, "&Eta;"], [0, "&Theta;"], [0, "&Iota;"], [0, "&Kappa;"], [0, "&Lambda;"], [0, "&Mu;"], [0, "&Nu;"], [0, "&Xi;"], [0, "&Omicron;"], [0, "&Pi;"], [0, "&Rho;"], [1, "&Sigma;"], [0, "&Tau;"], [0, "&Upsilon;"], [0, "&Phi;"], [0, "&Chi;"], [0, "&Psi;"], [0, "&ohm;"], [7, "&alpha;"], [0, "&beta;"], [0, "&gamma;"], [0, "&delta;"], [0, "&epsi;"], [0, "&zeta;"], [0, "&eta;"], [0, "&theta;"], [0, "&iota;"], [0, "&kappa;"], [0, "&lambda;"], [0, "&mu;"], [0, "&nu;"], [0, "&xi;"], [0, "&omicron;"], [0, "&pi;"], [0, "&rho;"], [0, "&sigmaf;"], [0, "&sigma;"], [0, "&tau;"], [0, "&upsi;"], [0, "&phi;"], [0, "&chi;"], [0, "&psi;"], [0, "&omega;"], [7, "&thetasym;"], [0, "&Upsi;"], [2, "&phiv;"], [0, "&piv;"], [5, "&Gammad;"], [0, "&digamma;"], [18, "&kappav;"], [0, "&rhov;"], [3, "&epsiv;"], [0, "&backepsilon;"], [10, "&IOcy;"], [0, "&DJcy;"], [0, "&GJcy;"], [0, "&Jukcy;"], [0, "&DScy;"], [0, "&Iukcy;"], [0, "&YIcy;"], [0, "&Jsercy;"], [0, "&LJcy;"], [0, "&NJcy;"], [0, "&TSHcy;"], [0, "&KJcy;"], [1, "&Ubrcy;"], [0, "&DZcy;"], [0, "&Acy;"], [0, "&Bcy;"], [0, "&Vcy;"], [0, "&Gcy;"], [0, "&Dcy;"], [0, "&IEcy;"], [0, "&ZHcy;"], [0, "&Zcy;"], [0, "&Icy;"], [0, "&Jcy;"], [0, "&Kcy;"], [0, "&Lcy;"], [0, "&Mcy;"], [0, "&Ncy;"], [0, "&Ocy;"], [0, "&Pcy;"], [0, "&Rcy;"], [0, "&Scy;"], [0, "&Tcy;"], [0, "&Ucy;"], [0, "&Fcy;"], [0, "&KHcy;"], [0, "&TScy;"], [0, "&CHcy;"], [0, "&SHcy;"], [0, "&SHCHcy;"], [0, "&HARDcy;"], [0, "&Ycy;"], [0, "&SOFTcy;"], [0, "&Ecy;"], [0, "&YUcy;"], [0, "&YAcy;"], [0, "&acy;"], [0, "&bcy;"], [0, "&vcy;"], [0, "&gcy;"], [0, "&dcy;"], [0, "&iecy;"], [0, "&zhcy;"], [0, "&zcy;"], [0, "&icy;"], [0, "&jcy;"], [0, "&kcy;"], [0, "&lcy;"], [0, "&mcy;"], [0, "&ncy;"], [0, "&ocy;"], [0, "&pcy;"], [0, "&rcy;"], [0, "&scy;"], [0, "&tcy;"], [0, "&ucy;"], [0, "&fcy;"], [0, "&khcy;"], [0, "&tscy;"], [0, "&chcy;"], [0, "&shcy;"], [0, "&shchcy;"], [0, "&hardcy;"], [0, "&ycy;"], [0, "&softcy;"], [0, "&ecy;"], [0, "&yucy;"], [0, "&yacy;"], [1, "&iocy;"], [0, "&djcy;"], [0, "&gjcy;"], [0, "&jukcy;"], [0, "&dscy;"], [0, "&iukcy;"], [0, "&yicy;"], [0, "&jsercy;"], [0, "&ljcy;"], [0, "&njcy;"], [0, "&tshcy;"], [0, "&kjcy;"], [1, "&ubrcy;"], [0, "&dzcy;"], [7074, "&ensp;"], [0, "&emsp;"], [0, "&emsp13;"], [0, "&emsp14;"], [1, "&numsp;"], [0, "&puncsp;"], [0, "&ThinSpace;"], [0, "&hairsp;"], [0, "&NegativeMediumSpace;"], [0, "&zwnj;"], [0, "&zwj;"], [0, "&lrm;"], [0, "&rlm;"], [0, "&dash;"], [2, "&ndash;"], [0, "&mdash;"], [0, "&horbar;"], [0, "&Verbar;"], [1, "&lsquo;"], [0, "&CloseCurlyQuote;"], [0, "&lsquor;"], [1, "&ldquo;"], [0, "&CloseCurlyDoubleQuote;"], [0, "&bdquo;"], [1, "&dagger;"], [0, "&Dagger;"], [0, "&bull;"], [2, "&nldr;"], [0, "&hellip;"], [9, "&permil;"], [0, "&pertenk;"], [0, "&prime;"], [0, "&Prime;"], [0, "&tprime;"], [0, "&backprime;"], [3, "&lsaquo;"], [0, "&rsaquo;"], [3, "&oline;"], [2, "&caret;"], [1, "&hybull;"], [0, "&frasl;"], [10, "&bsemi;"], [7, "&qprime;"], [7, { v: "&MediumSpace;", n: 8202, o: "&ThickSpace;" }], [0, "&NoBreak;"], [0, "&af;"], [0, "&InvisibleTimes;"], [0, "&ic;"], [72, "&euro;"], [46, "&tdot;"], [0, "&DotDot;"], [37, "&complexes;"], [2, "&incare;"], [4, "&gscr;"], [0, "&hamilt;"], [0, "&Hfr;"], [0, "&Hopf;"], [0, "&planckh;"], [0, "&hbar;"], [0, "&imagline;"], [0, "&Ifr;"], [0, "&lagran;"], [0, "&ell;"], [1, "&naturals;"], [0, "&numero;"], [0, "&copysr;"], [0, "&weierp;"], [0, "&Popf;"], [0, "&Qopf;"], [0, "&realine;"], [0, "&real;"], [0, "&reals;"], [0, "&rx;"], [3, "&trade;"], [1, "&integers;"], [2, "&mho;"], [0, "&zeetrf;"], [0, "&iiota;"], [2, "&bernou;"], [0, "&Cayleys;"], [1, "&escr;"], [0, "&Escr;"], [0, "&Fouriertrf;"], [1, "&Mellintrf;"], [0, "&order;"], [0, "&alefsym;"], [0, "&beth;"], [0, "&gimel;"], [0, "&daleth;"], [12, "&CapitalDifferentialD;"], [0, "&dd;"], [0, "&ee;"], [0, "&ii;"], [10, "&frac13;"], [0, "&frac23;"], [0, "&frac15;"], [0, "&frac25;"], [0, "&frac35;"], [0, "&frac45;"], [0, "&frac16;"], [0, "&frac56;"], [0, "&frac18;"], [0, "&frac38;"], [0, "&frac58;"], [0, "&frac78;"], [49, "&larr;"], [0, "&ShortUpArrow;"], [0, "&rarr;"], [0, "&darr;"], [0, "&harr;"], [0, "&updownarrow;"], [0, "&nwarr;"], [0, "&nearr;"], [0, "&LowerRightArrow;"], [0, "&LowerLeftArrow;"], [0, "&nlarr;"], [0, "&nrarr;"], [1, { v: "&rarrw;", n: 824, o: "&nrarrw;" }], [0, "&Larr;"], [0, "&Uarr;"], [0, "&Rarr;"], [0, "&Darr;"], [0, "&larrtl;"], [0, "&rarrtl;"], [0, "&LeftTeeArrow;"], [0, "&mapstoup;"], [0, "&map;"], [0, "&DownTeeArrow;"], [1, "&hookleftarrow;"], [0, "&hookrightarrow;"], [0, "&larrlp;"], [0, "&looparrowright;"], [0, "&harrw;"], [0, "&nharr;"], [1, "&lsh;"], [0, "&rsh;"], [0, "&ldsh;"], [0, "&rdsh;"], [1, "&crarr;"], [0, "&cularr;"], [0, "&curarr;"], [2, "&circlearrowleft;"], [0, "&circlearrowright;"], [0, "&leftharpoonup;"], [0, "&DownLeftVector;"], [0, "&RightUpVector;"], [0, "&LeftUpVector;"], [0, "&rharu;"], [0, "&DownRightVector;"], [0, "&dharr;"], [0, "&dharl;"], [0, "&RightArrowLeftArrow;"], [0, "&udarr;"], [0, "&LeftArrowRightArrow;"], [0, "&leftleftarrows;"], [0, "&upuparrows;"], [0, "&rightrightarrows;"], [0, "&ddarr;"], [0, "&leftrightharpoons;"], [0, "&Equilibrium;"], [0, "&nlArr;"], [0, "&nhArr;"], [0, "&nrArr;"], [0, "&DoubleLeftArrow;"], [0, "&DoubleUpArrow;"], [0, "&DoubleRightArrow;"], [0, "&dArr;"], [0, "&DoubleLeftRightArrow;"], [0, "&DoubleUpDownArrow;"], [0, "&nwArr;"], [0, "&neArr;"], [0, "&seArr;"], [0, "&swArr;"], [0, "&lAarr;"], [0, "&rAarr;"], [1, "&zigrarr;"], [6, "&larrb;"], [0, "&rarrb;"], [15, "&DownArrowUpArrow;"], [7, "&loarr;"], [0, "&roarr;"], [0, "&hoarr;"], [0, "&forall;"], [0, "&comp;"], [0, { v: "&part;", n: 824, o: "&npart;" }], [0, "&exist;"], [0, "&nexist;"], [0, "&empty;"], [1, "&Del;"], [0, "&Element;"], [0, "&NotElement;"], [1, "&ni;"], [0, "&notni;"], [2, "&prod;"], [0, "&coprod;"], [0, "&sum;"], [0, "&minus;"], [0, "&MinusPlus;"], [0, "&dotplus;"], [1, "&Backslash;"], [0, "&lowast;"], [0, "&compfn;"], [1, "&radic;"], [2, "&prop;"], [0, "&infin;"], [0, "&angrt;"], [0, { v: "&ang;", n: 8402, o: "&nang;" }], [0, "&angmsd;"], [0, "&angsph;"], [0, "&mid;"], [0, "&nmid;"], [0, "&DoubleVerticalBar;"], [0, "&NotDoubleVerticalBar;"], [0, "&and;"], [0, "&or;"], [0, { v: "&cap;", n: 65024, o: "&caps;" }], [0, { v: "&cup;", n: 65024, o: "&cups;" }], [0, "&int;"], [0, "&Int;"], [0, "&iiint;"], [0, "&conint;"], [0, "&Conint;"], [0, "&Cconint;"], [0, "&cwint;"], [0, "&ClockwiseContourIntegral;"], [0, "&awconint;"], [0, "&there4;"], [0, "&becaus;"], [0, "&ratio;"], [0, "&Colon;"], [0, "&dotminus;"], [1, "&mDDot;"], [0, "&homtht;"], [0, { v: "&sim;", n: 8402, o: "&nvsim;" }], [0, { v: "&backsim;", n: 817, o: "&race;" }], [0, { v: "&ac;", n: 819, o: "&acE;" }], [0, "&acd;"], [0, "&VerticalTilde;"], [0, "&NotTilde;"], [0, { v: "&eqsim;", n: 824, o: "&nesim;" }], [0, "&sime;"], [0, "&NotTildeEqual;"], [0, "&cong;"], [0, "&simne;"], [0, "&ncong;"], [0, "&ap;"], [0, "&nap;"], [0, "&ape;"], [0, { v: "&apid;", n: 824, o: "&napid;" }], [0, "&backcong;"], [0, { v: "&asympeq;", n: 8402, o: "&nvap;" }], [0, { v: "&bump;", n: 824, o: "&nbump;" }], [0, { v: "&bumpe;", n: 824, o: "&nbumpe;" }], [0, { v: "&doteq;", n: 824, o: "&nedot;" }], [0, "&doteqdot;"], [0, "&efDot;"], [0, "&erDot;"], [0, "&Assign;"], [0, "&ecolon;"], [0, "&ecir;"], [0, "&circeq;"], [1, "&wedgeq;"], [0, "&veeeq;"], [1, "&triangleq;"], [2, "&equest;"], [0, "&ne;"], [0, { v: "&Congruent;", n: 8421, o: "&bnequiv;" }], [0, "&nequiv;"], [1, { v: "&le;", n: 8402, o: "&nvle;" }], [0, { v: "&ge;", n: 8402, o: "&nvge;" }], [0, { v: "&lE;", n: 824, o: "&nlE;" }], [0, { v: "&gE;", n: 824, o: "&ngE;" }], [0, { v: "&lnE;", n: 65024, o: "&lvertneqq;" }], [0, { v: "&gnE;", n: 65024, o: "&gvertneqq;" }], [0, { v: "&ll;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nLtv;"], [7577, "&nLt;"]])) }], [0, { v: "&gg;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nGtv;"], [7577, "&nGt;"]])) }], [0, "&between;"], [0, "&NotCupCap;"], [0, "&nless;"], [0, "&ngt;"], [0, "&nle;"], [0, "&nge;"], [0, "&lesssim;"], [0, "&GreaterTilde;"], [0, "&nlsim;"], [0, "&ngsim;"], [0, "&LessGreater;"], [0, "&gl;"], [0, "&NotLessGreater;"], [0, "&NotGreaterLess;"], [0, "&pr;"], [0, "&sc;"], [0, "&prcue;"], [0, "&sccue;"], [0, "&PrecedesTilde;"], [0, { v: "&scsim;", n: 824, o: "&NotSucceedsTilde;" }], [0, "&NotPrecedes;"], [0, "&NotSucceeds;"], [0, { v: "&sub;", n: 8402, o: "&NotSubset;" }], [0, { v: "&sup;", n: 8402, o: "&NotSuperset;" }], [0, "&nsub;"], [0, "&nsup;"], [0, "&sube;"], [0, "&supe;"], [0, "&NotSubsetEqual;"], [0, "&NotSupersetEqual;"], [0, { v: "&subne;", n: 65024, o: "&varsubsetneq;" }], [0, { v: "&supne;", n: 65024, o: "&varsupsetneq;" }], [1, "&cupdot;"], [0, "&UnionPlus;"], [0, { v: "&sqsub;", n: 824, o: "&NotSquareSubset;" }], [0, { v: "&sqsup;", n: 824, o: "&NotSquareSuperset;" }], [0, "&sqsube;"], [0, "&sqsupe;"], [0, { v: "&sqcap;", n: 65024, o: "&sqcaps;" }], [0, { v: "&sqcup;", n: 65024, o: "&sqcups;" }], [0, "&CirclePlus;"], [0, "&CircleMinus;"], [0, "&CircleTimes;"], [0, "&osol;"], [0, "&CircleDot;"], [0, "&circledcirc;"], [0, "&circledast;"], [1, "&circleddash;"], [0, "&boxplus;"], [0, "&boxminus;"], [0, "&boxtimes;"], [0, "&dotsquare;"], [0, "&RightTee;"], [0, "&dashv;"], [0, "&DownTee;"], [0, "&bot;"], [1, "&models;"], [0, "&DoubleRightTee;"], [0, "&Vdash;"], [0, "&Vvdash;"], [0, "&VDash;"], [0, "&nvdash;"], [0, "&nvDash;"], [0, "&nVdash;"], [0, "&nVDash;"], [0, "&prurel;"], [1, "&LeftTriangle;"], [0, "&RightTriangle;"], [0, { v: "&LeftTriangleEqual;", n: 8402, o: "&nvltrie;" }], [0, { v: "&RightTriangleEqual;", n: 8402, o: "&nvrtrie;" }], [0, "&origof;"], [0, "&imof;"], [0, "&multimap;"], [0, "&hercon;"], [0, "&intcal;"], [0, "&veebar;"], [1, "&barvee;"], [0, "&angrtvb;"], [0, "&lrtri;"], [0, "&bigwedge;"], [0, "&bigvee;"], [0, "&bigcap;"], [0, "&bigcup;"], [0, "&diam;"], [0, "&sdot;"], [0, "&sstarf;"], [0, "&divideontimes;"], [0, "&bowtie;"], [0, "&ltimes;"], [0, "&rtimes;"], [0, "&leftthreetimes;"], [0, "&rightthreetimes;"], [0, "&backsimeq;"], [0, "&curlyvee;"], [0, "&curlywedge;"], [0, "&Sub;"], [0, "&Sup;"], [0, "&Cap;"], [0, "&Cup;"], [0, "&fork;"], [0, "&epar;"], [0, "&lessdot;"], [0, "&gtdot;"], [0, { v: "&Ll;", n: 824, o: "&nLl;" }], [0, { v: "&Gg;", n: 824, o: "&nGg;" }], [0, { v: "&leg;", n: 65024, o: "&lesg;" }], [0, { v: "&gel;", n: 65024, o: "&gesl;" }], [2, "&cuepr;"], [0, "&cuesc;"], [0, "&NotPrecedesSlantEqual;"], [0, "&NotSucceedsSlantEqual;"], [0, "&NotSquareSubsetEqual;"], [0, "&NotSquareSupersetEqual;"], [2, "&lnsim;"], [0, "&gnsim;"], [0, "&precnsim;"], [0, "&scnsim;"], [0, "&nltri;"], [0, "&NotRightTriangle;"], [0, "&nltrie;"], [0, "&NotRightTriangleEqual;"], [0, "&vellip;"], [0, "&ctdot;"], [0, "&utdot;"], [0, "&dtdot;"], [0, "&disin;"], [0, "&isinsv;"], [0, "&isins;"], [0, { v: "&isindot;", n: 824, o: "&notindot;" }], [0, "&notinvc;"], [0, "&notinvb;"], [1, { v: "&isinE;", n: 824, o: "&notinE;" }], [0, "&nisd;"], [0, "&xnis;"], [0, "&nis;"], [0, "&notnivc;"], [0, "&notnivb;"], [6, "&barwed;"], [0, "&Barwed;"], [1, "&lceil;"], [0, "&rceil;"], [0, "&LeftFloor;"], [0, "&rfloor;"], [0, "&drcrop;"], [0, "&dlcrop;"], [0, "&urcrop;"], [0, "&ulcrop;"], [0, "&bnot;"], [1, "&profline;"], [0, "&profsurf;"], [1, "&telrec;"], [0, "&target;"], [5, "&ulcorn;"], [0, "&urcorn;"], [0, "&dlcorn;"], [0, "&drcorn;"], [2, "&frown;"], [0, "&smile;"], [9, "&cylcty;"], [0, "&profalar;"], [7, "&topbot;"], [6, "&ovbar;"], [1, "&solbar;"], [60, "&angzarr;"], [51, "&lmoustache;"], [0, "&rmoustache;"], [2, "&OverBracket;"], [0, "&bbrk;"], [0, "&bbrktbrk;"], [37, "&OverParenthesis;"], [0, "&UnderParenthesis;"], [0, "&OverBrace;"], [0, "&UnderBrace;"], [2, "&trpezium;"], [4, "&elinters;"], [59, "&blank;"], [164, "&circledS;"], [55, "&boxh;"], [1, "&boxv;"], [9, "&boxdr;"], [3, "&boxdl;"], [3, "&boxur;"], [3, "&boxul;"], [3, "&boxvr;"], [7, "&boxvl;"], [7, "&boxhd;"], [7, "&boxhu;"], [7, "&boxvh;"], [19, "&boxH;"], [0, "&boxV;"], [0, "&boxdR;"], [0, "&boxDr;"], [0, "&boxDR;"], [0, "&boxdL;"], [0, "&boxDl;"], [0, "&boxDL;"], [0, "&boxuR;"], [0, "&boxUr;"], [0, "&boxUR;"], [0, "&boxuL;"], [0, "&boxUl;"], [0, "&boxUL;"], [0, "&boxvR;"], [0, "&boxVr;"], [0, "&boxVR;"], [0, "&boxvL;"], [0, "&boxVl;"], [0, "&boxVL;"], [0, "&boxHd;"], [0, "&boxhD;"], [0, "&boxHD;"], [0, "&boxHu;"], [0, "&boxhU;"], [0, "&boxHU;"], [0, "&boxvH;"], [0, "&boxVh;"], [0, "&boxVH;"], [19, "&uhblk;"], [3, "&lhblk;"], [3, "&block;"], [8, "&blk14;"], [0, "&blk12;"], [0, "&blk34;"], [13, "&square;"], [8, "&blacksquare;"], [0, "&EmptyVerySmallSquare;"], [1, "&rect;"], [0, "&marker;"], [2, "&fltns;"], [1, "&bigtriangleup;"], [0, "&blacktriangle;"], [0, "&triangle;"], [2, "&blacktriangleright;"], [0, "&rtri;"], [3, "&bigtriangledown;"], [0, "&blacktriangledown;"], [0, "&dtri;"], [2, "&blacktriangleleft;"], [0, "&ltri;"], [6, "&loz;"], [0, "&cir;"], [32, "&tridot;"], [2, "&bigcirc;"], [8, "&ultri;"], [0, "&urtri;"], [0, "&lltri;"], [0, "&EmptySmallSquare;"], [0, "&FilledSmallSquare;"], [8, "&bigstar;"], [0, "&star;"], [7, "&phone;"], [49, "&female;"], [1, "&male;"], [29, "&spades;"], [2, "&clubs;"], [1, "&hearts;"], [0, "&diamondsuit;"], [3, "&sung;"], [2, "&flat;"], [0, "&natural;"], [0, "&sharp;"], [163, "&check;"], [3, "&cross;"], [8, "&malt;"], [21, "&sext;"], [33, "&VerticalSeparator;"], [25, "&lbbrk;"], [0, "&rbbrk;"], [84, "&bsolhsub;"], [0, "&suphsol;"], [28, "&LeftDoubleBracket;"], [0, "&RightDoubleBracket;"], [0, "&lang;"], [0, "&rang;"], [0, "&Lang;"], [0, "&Rang;"], [0, "&loang;"], [0, "&roang;"], [7, "&longleftarrow;"], [0, "&longrightarrow;"], [0, "&longleftrightarrow;"], [0, "&DoubleLongLeftArrow;"], [0, "&DoubleLongRightArrow;"], [0, "&DoubleLongLeftRightArrow;"], [1, "&longmapsto;"], [2, "&dzigrarr;"], [258, "&nvlArr;"], [0, "&nvrArr;"], [0, "&nvHarr;"], [0, "&Map;"], [6, "&lbarr;"], [0, "&bkarow;"], [0, "&lBarr;"], [0, "&dbkarow;"], [0, "&drbkarow;"], [0, "&DDotrahd;"], [0, "&UpArrowBar;"], [0, "&DownArrowBar;"], [2, "&Rarrtl;"], [2, "&latail;"], [0, "&ratail;"], [0, "&lAtail;"], [0, "&rAtail;"], [0, "&larrfs;"], [0, "&rarrfs;"], [0, "&larrbfs;"], [0, "&rarrbfs;"], [2, "&nwarhk;"], [0, "&nearhk;"], [0, "&hksearow;"], [0, "&hkswarow;"], [0, "&nwnear;"], [0, "&nesear;"], [0, "&seswar;"], [0, "&swnwar;"], [8, { v: "&rarrc;", n: 824, o: "&nrarrc;" }], [1, "&cudarrr;"], [0, "&ldca;"], [0, "&rdca;"], [0, "&cudarrl;"], [0, "&larrpl;"], [2, "&curarrm;"], [0, "&cularrp;"], [7, "&rarrpl;"], [2, "&harrcir;"], [0, "&Uarrocir;"], [0, "&lurdshar;"], [0, "&ldrushar;"], [2, "&LeftRightVector;"], [0, "&RightUpDownVector;"], [0, "&DownLeftRightVector;"], [0, "&LeftUpDownVector;"], [0, "&LeftVectorBar;"], [0, "&RightVectorBar;"], [0, "&RightUpVectorBar;"], [0, "&RightDownVectorBar;"], [0, "&DownLeftVectorBar;"], [0, "&DownRightVectorBar;"], [0, "&LeftUpVectorBar;"], [0, "&LeftDownVectorBar;"], [0, "&LeftTeeVector;"], [0, "&RightTeeVector;"], [0, "&RightUpTeeVector;"], [0, "&RightDownTeeVector;"], [0, "&DownLeftTeeVector;"], [0, "&DownRightTeeVector;"], [0, "&LeftUpTeeVector;"], [0, "&LeftDownTeeVector;"], [0, "&lHar;"], [0, "&uHar;"], [0, "&rHar;"], [0, "&dHar;"], [0, "&luruhar;"], [0, "&ldrdhar;"], [0, "&ruluhar;"], [0, "&rdldhar;"], [0, "&lharul;"], [0, "&llhard;"], [0, "&rharul;"], [0, "&lrhard;"], [0, "&udhar;"], [0, "&duhar;"], [0, "&RoundImplies;"], [0, "&erarr;"], [0, "&simrarr;"], [0, "&larrsim;"], [0, "&rarrsim;"], [0, "&rarrap;"], [0, "&ltlarr;"], [1, "&gtrarr;"], [0, "&subrarr;"], [1, "&suplarr;"], [0, "&lfisht;"], [0, "&rfisht;"], [0, "&ufisht;"], [0, "&dfisht;"], [5, "&lopar;"], [0, "&ropar;"], [4, "&lbrke;"], [0, "&rbrke;"], [0, "&lbrkslu;"], [0, "&rbrksld;"], [0, "&lbrksld;"], [0, "&rbrkslu;"], [0, "&langd;"], [0, "&rangd;"], [0, "&lparlt;"], [0, "&rpargt;"], [0, "&gtlPar;"], [0, "&ltrPar;"], [3, "&vzigzag;"], [1, "&vangrt;"], [0, "&angrtvbd;"], [6, "&ange;"], [0, "&range;"], [0, "&dwangle;"], [0, "&uwangle;"], [0, "&angmsdaa;"], [0, "&angmsdab;"], [0, "&angmsdac;"], [0, "&angmsdad;"], [0, "&angmsdae;"], [0, "&angmsdaf;"], [0, "&angmsdag;"], [0, "&angmsdah;"], [0, "&bemptyv;"], [0, "&demptyv;"], [0, "&cemptyv;"], [0, "&raemptyv;"], [0, "&laemptyv;"], [0, "&ohbar;"], [0, "&omid;"], [0, "&opar;"], [1, "&operp;"], [1, "&olcross;"], [0, "&odsold;"], [1, "&olcir;"], [0, "&ofcir;"], [0, "&olt;"], [0, "&ogt;"], [0, "&cirscir;"], [0, "&cirE;"], [0, "&solb;"], [0, "&bsolb;"], [3, "&boxbox;"], [3, "&trisb;"], [0, "&rtriltri;"], [0, { v: "&LeftTriangleBar;", n: 824, o: "&NotLeftTriangleBar;" }], [0, { v: "&RightTriangleBar;", n: 824, o: "&NotRightTriangleBar;" }], [11, "&iinfin;"], [0, "&infintie;"], [0, "&nvinfin;"], [4, "&eparsl;"], [0, "&smeparsl;"], [0, "&eqvparsl;"], [5, "&blacklozenge;"], [8, "&RuleDelayed;"], [1, "&dsol;"], [9, "&bigodot;"], [0, "&bigoplus;"], [0, "&bigotimes;"], [1, "&biguplus;"], [1, "&bigsqcup;"], [5, "&iiiint;"], [0, "&fpartint;"], [2, "&cirfnint;"], [0, "&awint;"], [0, "&rppolint;"], [0, "&scpolint;"], [0, "&npolint;"], [0, "&pointint;"], [0, "&quatint;"], [0, "&intlarhk;"], [10, "&pluscir;"], [0, "&plusacir;"], [0, "&simplus;"], [0, "&plusdu;"], [0, "&plussim;"], [0, "&plustwo;"], [1, "&mcomma;"], [0, "&minusdu;"], [2, "&loplus;"], [0, "&roplus;"], [0, "&Cross;"], [0, "&timesd;"], [0, "&timesbar;"], [1, "&smashp;"], [0, "&lotimes;"], [0, "&rotimes;"], [0, "&otimesas;"], [0, "&Otimes;"], [0, "&odiv;"], [0, "&triplus;"], [0, "&triminus;"], [0, "&tritime;"], [0, "&intprod;"], [2, "&amalg;"], [0, "&capdot;"], [1, "&ncup;"], [0, "&ncap;"], [0, "&capand;"], [0, "&cupor;"], [0, "&cupcap;"], [0, "&capcup;"], [0, "&cupbrcap;"], [0, "&capbrcup;"], [0, "&cupcup;"], [0, "&capcap;"], [0, "&ccups;"], [0, "&ccaps;"], [2, "&ccupssm;"], [2, "&And;"], [0, "&Or;"], [0, "&andand;"], [0, "&oror;"], [0, "&orslope;"], [0, "&andslope;"], [1, "&andv;"], [0, "&orv;"], [0, "&andd;"], [0, "&ord;"], [1, "&wedbar;"], [6, "&sdote;"], [3, "&simdot;"], [2, { v: "&congdot;", n: 824, o: "&ncongdot;" }], [0, "&easter;"], [0, "&apacir;"], [0, { v: "&apE;", n: 824, o: "&napE;" }], [0, "&eplus;"], [0, "&pluse;"], [0, "&Esim;"], [0, "&Colone;"], [0, "&Equal;"], [1, "&ddotseq;"], [0, "&equivDD;"], [0, "&ltcir;"], [0, "&gtcir;"], [0, "&ltquest;"], [0, "&gtquest;"], [0, { v: "&leqslant;", n: 824, o: "&nleqslant;" }], [0, { v: "&geqslant;", n: 824, o: "&ngeqslant;" }], [0, "&lesdot;"], [0, "&gesdot;"], [0, "&lesdoto;"], [0, "&gesdoto;"], [0, "&lesdotor;"], [0, "&gesdotol;"], [0, "&lap;"], [0, "&gap;"], [0, "&lne;"], [0, "&gne;"], [0, "&lnap;"], [0, "&gnap;"], [0, "&lEg;"], [0, "&gEl;"], [0, "&lsime;"], [0, "&gsime;"], [0, "&lsimg;"], [0, "&gsiml;"], [0, "&lgE;"], [0, "&glE;"], [0, "&lesges;"], [0, "&gesles;"], [0, "&els;"], [0, "&egs;"], [0, "&elsdot;"], [0, "&egsdot;"], [0, "&el;"], [0, "&eg;"], [2, "&siml;"], [0, "&simg;"], [0, "&simlE;"], [0, "&simgE;"], [0, { v: "&LessLess;", n: 824, o: "&NotNestedLessLess;" }], [0, { v: "&GreaterGreater;", n: 824, o: "&NotNestedGreaterGreater;" }], [1, "&glj;"], [0, "&gla;"], [0, "&ltcc;"], [0, "&gtcc;"], [0, "&lescc;"], [0, "&gescc;"], [0, "&smt;"], [0, "&lat;"], [0, { v: "&smte;", n: 65024, o: "&smtes;" }], [0, { v: "&late;", n: 65024, o: "&lates;" }], [0, "&bumpE;"], [0, { v: "&PrecedesEqual;", n: 824, o: "&NotPrecedesEqual;" }], [0, { v: "&sce;", n: 824, o: "&NotSucceedsEqual;" }], [2, "&prE;"], [0, "&scE;"], [0, "&precneqq;"], [0, "&scnE;"], [0, "&prap;"], [0, "&scap;"], [0, "&precnapprox;"], [0, "&scnap;"], [0, "&Pr;"], [0, "&Sc;"], [0, "&subdot;"], [0, "&supdot;"], [0, "&subplus;"], [0, "&supplus;"], [0, "&submult;"], [0, "&supmult;"], [0, "&subedot;"], [0, "&supedot;"], [0, { v: "&subE;", n: 824, o: "&nsubE;" }], [0, { v: "&supE;", n: 824, o: "&nsupE;" }], [0, "&subsim;"], [0, "&supsim;"], [2, { v: "&subnE;", n: 65024, o: "&varsubsetneqq;" }], [0, { v: "&supnE;", n: 65024, o: "&varsupsetneqq;" }], [2, "&csub;"], [0, "&csup;"], [0, "&csube;"], [0, "&csupe;"], [0, "&subsup;"], [0, "&supsub;"], [0, "&subsub;"], [0, "&supsup;"], [0, "&suphsub;"], [0, "&supdsub;"], [0, "&forkv;"], [0, "&topfork;"], [0, "&mlcp;"], [8, "&Dashv;"], [1, "&Vdashl;"], [0, "&Barv;"], [0, "&vBar;"], [0, "&vBarv;"], [1, "&Vbar;"], [0, "&Not;"], [0, "&bNot;"], [0, "&rnmid;"], [0, "&cirmid;"], [0, "&midcir;"], [0, "&topcir;"], [0, "&nhpar;"], [0, "&parsim;"], [9, { v: "&parsl;", n: 8421, o: "&nparsl;" }], [44343, { n: new Map(/* @__PURE__ */ restoreDiff([[56476, "&Ascr;"], [1, "&Cscr;"], [0, "&Dscr;"], [2, "&Gscr;"], [2, "&Jscr;"], [0, "&Kscr;"], [2, "&Nscr;"], [0, "&Oscr;"], [0, "&Pscr;"], [0, "&Qscr;"], [1, "&Sscr;"], [0, "&Tscr;"], [0, "&Uscr;"], [0, "&Vscr;"], [0, "&Wscr;"], [0, "&Xscr;"], [0, "&Yscr;"], [0, "&Zscr;"], [0, "&ascr;"], [0, "&bscr;"], [0, "&cscr;"], [0, "&dscr;"], [1, "&fscr;"], [1, "&hscr;"], [0, "&iscr;"], [0, "&jscr;"], [0, "&kscr;"], [0, "&lscr;"], [0, "&mscr;"], [0, "&nscr;"], [1, "&pscr;"], [0, "&qscr;"], [0, "&rscr;"], [0, "&sscr;"], [0, "&tscr;"], [0, "&uscr;"], [0, "&vscr;"], [0, "&wscr;"], [0, "&xscr;"], [0, "&yscr;"], [0, "&zscr;"], [52, "&Afr;"], [0, "&Bfr;"], [1, "&Dfr;"], [0, "&Efr;"], [0, "&Ffr;"], [0, "&Gfr;"], [2, "&Jfr;"], [0, "&Kfr;"], [0, "&Lfr;"], [0, "&Mfr;"], [0, "&Nfr;"], [0, "&Ofr;"], [0, "&Pfr;"], [0, "&Qfr;"], [1, "&Sfr;"], [0, "&Tfr;"], [0, "&Ufr;"], [0, "&Vfr;"], [0, "&Wfr;"], [0, "&Xfr;"], [0, "&Yfr;"], [1, "&afr;"], [0, "&bfr;"], [0, "&cfr;"], [0, "&dfr;"], [0, "&efr;"], [0, "&ffr;"], [0, "&gfr;"], [0, "&hfr;"], [0, "&ifr;"], [0, "&jfr;"], [0, "&kfr;"], [0, "&lfr;"], [0, "&mfr;"], [0, "&nfr;"], [0, "&ofr;"], [0, "&pfr;"], [0, "&qfr;"], [0, "&rfr;"], [0, "&sfr;"], [0, "&tfr;"], [0, "&ufr;"], [0, "&vfr;"], [0, "&wfr;"], [0, "&xfr;"], [0, "&yfr;"], [0, "&zfr;"], [0, "&Aopf;"], [0, "&Bopf;"], [1, "&Dopf;"], [0, "&Eopf;"], [0, "&Fopf;"], [0, "&Gopf;"], [1, "&Iopf;"], [0, "&Jopf;"], [0, "&Kopf;"], [0, "&Lopf;"], [0, "&Mopf;"], [1, "&Oopf;"], [3, "&Sopf;"], [0, "&Topf;"], [0, "&Uopf;"], [0, "&Vopf;"], [0, "&Wopf;"], [0, "&Xopf;"], [0, "&Yopf;"], [1, "&aopf;"], [0, "&bopf;"], [0, "&copf;"], [0, "&dopf;"], [0, "&eopf;"], [0, "&fopf;"], [0, "&gopf;"], [0, "&hopf;"], [0, "&iopf;"], [0, "&jopf;"], [0, "&kopf;"], [0, "&lopf;"], [0, "&mopf;"], [0, "&nopf;"], [0, "&oopf;"], [0, "&popf;"], [0, "&qopf;"], [0, "&ropf;"], [0, "&sopf;"], [0, "&topf;"], [0, "&uopf;"], [0, "&vopf;"], [0, "&wopf;"], [0, "&xopf;"], [0, "&yopf;"], [0, "&zopf;"]])) }], [8906, "&fflig;"], [0, "&filig;"], [0, "&fllig;"], [0, "&ffilig;"], [0, "&ffllig;"]]));

// node_modules/entities/lib/esm/escape.js
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt != null ? (str, index) => str.codePointAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index)
  )
);
function getEscaper(regex, map) {
  return function escape3(data) {
    let match2;
    let lastIdx = 0;
    let result = "";
    while (match2 = regex.exec(data)) {
      if (lastIdx !== match2.index) {
        result += data.substring(lastIdx, match2.index);
      }
      result += map.get(match2[0].charCodeAt(0));
      lastIdx = match2.index + 1;
    }
    return result + data.substring(lastIdx);
  };
}
var escapeUTF8 = getEscaper(/[&<>'"]/g, xmlCodeMap);
var escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [160, "&nbsp;"]
]));
var escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
  [38, "&amp;"],
  [60, "&lt;"],
  [62, "&gt;"],
  [160, "&nbsp;"]
]));

// node_modules/entities/lib/esm/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/markdown-it/lib/common/utils.mjs
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function isString(obj) {
  return _class(obj) === "[object String]";
}
var _hasOwnProperty = Object.prototype.hasOwnProperty;
function has(object, key) {
  return _hasOwnProperty.call(object, key);
}
function assign(obj) {
  const sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function(source) {
    if (!source) {
      return;
    }
    if (typeof source !== "object") {
      throw new TypeError(source + "must be object");
    }
    Object.keys(source).forEach(function(key) {
      obj[key] = source[key];
    });
  });
  return obj;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) {
    return false;
  }
  if (c >= 64976 && c <= 65007) {
    return false;
  }
  if ((c & 65535) === 65535 || (c & 65535) === 65534) {
    return false;
  }
  if (c >= 0 && c <= 8) {
    return false;
  }
  if (c === 11) {
    return false;
  }
  if (c >= 14 && c <= 31) {
    return false;
  }
  if (c >= 127 && c <= 159) {
    return false;
  }
  if (c > 1114111) {
    return false;
  }
  return true;
}
function fromCodePoint2(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var ENTITY_RE = /&([a-z#][a-z0-9]{1,31});/gi;
var UNESCAPE_ALL_RE = new RegExp(UNESCAPE_MD_RE.source + "|" + ENTITY_RE.source, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match2, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) {
      return fromCodePoint2(code2);
    }
    return match2;
  }
  const decoded = decodeHTML(match2);
  if (decoded !== match2) {
    return decoded;
  }
  return match2;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) {
    return str;
  }
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) {
    return str;
  }
  return str.replace(UNESCAPE_ALL_RE, function(match2, escaped, entity2) {
    if (escaped) {
      return escaped;
    }
    return replaceEntityPattern(match2, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) {
    return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  }
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) {
    return true;
  }
  switch (code2) {
    case 9:
    // \t
    case 10:
    // \n
    case 11:
    // \v
    case 12:
    // \f
    case 13:
    // \r
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return regex_default4.test(ch) || regex_default5.test(ch);
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  if ("\u1E9E".toLowerCase() === "\u1E7E") {
    str = str.replace(/ẞ/g, "\xDF");
  }
  return str.toLowerCase().toUpperCase();
}
var lib = { mdurl: mdurl_exports, ucmicro: uc_exports };

// node_modules/markdown-it/lib/helpers/index.mjs
var helpers_exports = {};
__export(helpers_exports, {
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});

// node_modules/markdown-it/lib/helpers/parse_link_label.mjs
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) {
        level++;
      } else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) {
    labelEnd = state.pos;
  }
  state.pos = oldPos;
  return labelEnd;
}

// node_modules/markdown-it/lib/helpers/parse_link_destination.mjs
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) {
        return result;
      }
      if (code2 === 60) {
        return result;
      }
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) {
      break;
    }
    if (code2 < 32 || code2 === 127) {
      break;
    }
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        break;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) {
        return result;
      }
    }
    if (code2 === 41) {
      if (level === 0) {
        break;
      }
      level--;
    }
    pos++;
  }
  if (start === pos) {
    return result;
  }
  if (level !== 0) {
    return result;
  }
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}

// node_modules/markdown-it/lib/helpers/parse_link_title.mjs
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    // if `true`, this is a valid link title
    ok: false,
    // if `true`, this link can be continued on the next line
    can_continue: false,
    // if `ok`, it's the position of the first character after the closing marker
    pos: 0,
    // if `ok`, it's the unescaped title
    str: "",
    // expected closing marker character code
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) {
      return state;
    }
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) {
      return state;
    }
    start++;
    pos++;
    if (marker === 40) {
      marker = 41;
    }
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) {
      return state;
    } else if (code2 === 92 && pos + 1 < max) {
      pos++;
    }
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}

// node_modules/markdown-it/lib/renderer.mjs
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return "<code" + slf.renderAttrs(token) + ">" + escapeHtml(token.content) + "</code>";
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return "<pre" + slf.renderAttrs(token) + "><code>" + escapeHtml(tokens[idx].content) + "</code></pre>\n";
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) {
    highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
  } else {
    highlighted = escapeHtml(token.content);
  }
  if (highlighted.indexOf("<pre") === 0) {
    return highlighted + "\n";
  }
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) {
      tmpAttrs.push(["class", options.langPrefix + langName]);
    } else {
      tmpAttrs[i] = tmpAttrs[i].slice();
      tmpAttrs[i][1] += " " + options.langPrefix + langName;
    }
    const tmpToken = {
      attrs: tmpAttrs
    };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
function Renderer() {
  this.rules = assign({}, default_rules);
}
Renderer.prototype.renderAttrs = function renderAttrs(token) {
  let i, l, result;
  if (!token.attrs) {
    return "";
  }
  result = "";
  for (i = 0, l = token.attrs.length; i < l; i++) {
    result += " " + escapeHtml(token.attrs[i][0]) + '="' + escapeHtml(token.attrs[i][1]) + '"';
  }
  return result;
};
Renderer.prototype.renderToken = function renderToken(tokens, idx, options) {
  const token = tokens[idx];
  let result = "";
  if (token.hidden) {
    return "";
  }
  if (token.block && token.nesting !== -1 && idx && tokens[idx - 1].hidden) {
    result += "\n";
  }
  result += (token.nesting === -1 ? "</" : "<") + token.tag;
  result += this.renderAttrs(token);
  if (token.nesting === 0 && options.xhtmlOut) {
    result += " /";
  }
  let needLf = false;
  if (token.block) {
    needLf = true;
    if (token.nesting === 1) {
      if (idx + 1 < tokens.length) {
        const nextToken = tokens[idx + 1];
        if (nextToken.type === "inline" || nextToken.hidden) {
          needLf = false;
        } else if (nextToken.nesting === -1 && nextToken.tag === token.tag) {
          needLf = false;
        }
      }
    }
  }
  result += needLf ? ">\n" : ">";
  return result;
};
Renderer.prototype.renderInline = function(tokens, options, env) {
  let result = "";
  const rules = this.rules;
  for (let i = 0, len = tokens.length; i < len; i++) {
    const type = tokens[i].type;
    if (typeof rules[type] !== "undefined") {
      result += rules[type](tokens, i, options, env, this);
    } else {
      result += this.renderToken(tokens, i, options);
    }
  }
  return result;
};
Renderer.prototype.renderInlineAsText = function(tokens, options, env) {
  let result = "";
  for (let i = 0, len = tokens.length; i < len; i++) {
    switch (tokens[i].type) {
      case "text":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
        break;
      default:
    }
  }
  return result;
};
Renderer.prototype.render = function(tokens, options, env) {
  let result = "";
  const rules = this.rules;
  for (let i = 0, len = tokens.length; i < len; i++) {
    const type = tokens[i].type;
    if (type === "inline") {
      result += this.renderInline(tokens[i].children, options, env);
    } else if (typeof rules[type] !== "undefined") {
      result += rules[type](tokens, i, options, env, this);
    } else {
      result += this.renderToken(tokens, i, options, env);
    }
  }
  return result;
};
var renderer_default = Renderer;

// node_modules/markdown-it/lib/ruler.mjs
function Ruler() {
  this.__rules__ = [];
  this.__cache__ = null;
}
Ruler.prototype.__find__ = function(name) {
  for (let i = 0; i < this.__rules__.length; i++) {
    if (this.__rules__[i].name === name) {
      return i;
    }
  }
  return -1;
};
Ruler.prototype.__compile__ = function() {
  const self = this;
  const chains = [""];
  self.__rules__.forEach(function(rule) {
    if (!rule.enabled) {
      return;
    }
    rule.alt.forEach(function(altName) {
      if (chains.indexOf(altName) < 0) {
        chains.push(altName);
      }
    });
  });
  self.__cache__ = {};
  chains.forEach(function(chain) {
    self.__cache__[chain] = [];
    self.__rules__.forEach(function(rule) {
      if (!rule.enabled) {
        return;
      }
      if (chain && rule.alt.indexOf(chain) < 0) {
        return;
      }
      self.__cache__[chain].push(rule.fn);
    });
  });
};
Ruler.prototype.at = function(name, fn, options) {
  const index = this.__find__(name);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + name);
  }
  this.__rules__[index].fn = fn;
  this.__rules__[index].alt = opt.alt || [];
  this.__cache__ = null;
};
Ruler.prototype.before = function(beforeName, ruleName, fn, options) {
  const index = this.__find__(beforeName);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + beforeName);
  }
  this.__rules__.splice(index, 0, {
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.after = function(afterName, ruleName, fn, options) {
  const index = this.__find__(afterName);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + afterName);
  }
  this.__rules__.splice(index + 1, 0, {
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.push = function(ruleName, fn, options) {
  const opt = options || {};
  this.__rules__.push({
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.enable = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  const result = [];
  list2.forEach(function(name) {
    const idx = this.__find__(name);
    if (idx < 0) {
      if (ignoreInvalid) {
        return;
      }
      throw new Error("Rules manager: invalid rule name " + name);
    }
    this.__rules__[idx].enabled = true;
    result.push(name);
  }, this);
  this.__cache__ = null;
  return result;
};
Ruler.prototype.enableOnly = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  this.__rules__.forEach(function(rule) {
    rule.enabled = false;
  });
  this.enable(list2, ignoreInvalid);
};
Ruler.prototype.disable = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  const result = [];
  list2.forEach(function(name) {
    const idx = this.__find__(name);
    if (idx < 0) {
      if (ignoreInvalid) {
        return;
      }
      throw new Error("Rules manager: invalid rule name " + name);
    }
    this.__rules__[idx].enabled = false;
    result.push(name);
  }, this);
  this.__cache__ = null;
  return result;
};
Ruler.prototype.getRules = function(chainName) {
  if (this.__cache__ === null) {
    this.__compile__();
  }
  return this.__cache__[chainName] || [];
};
var ruler_default = Ruler;

// node_modules/markdown-it/lib/token.mjs
function Token(type, tag, nesting) {
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.map = null;
  this.nesting = nesting;
  this.level = 0;
  this.children = null;
  this.content = "";
  this.markup = "";
  this.info = "";
  this.meta = null;
  this.block = false;
  this.hidden = false;
}
Token.prototype.attrIndex = function attrIndex(name) {
  if (!this.attrs) {
    return -1;
  }
  const attrs = this.attrs;
  for (let i = 0, len = attrs.length; i < len; i++) {
    if (attrs[i][0] === name) {
      return i;
    }
  }
  return -1;
};
Token.prototype.attrPush = function attrPush(attrData) {
  if (this.attrs) {
    this.attrs.push(attrData);
  } else {
    this.attrs = [attrData];
  }
};
Token.prototype.attrSet = function attrSet(name, value) {
  const idx = this.attrIndex(name);
  const attrData = [name, value];
  if (idx < 0) {
    this.attrPush(attrData);
  } else {
    this.attrs[idx] = attrData;
  }
};
Token.prototype.attrGet = function attrGet(name) {
  const idx = this.attrIndex(name);
  let value = null;
  if (idx >= 0) {
    value = this.attrs[idx][1];
  }
  return value;
};
Token.prototype.attrJoin = function attrJoin(name, value) {
  const idx = this.attrIndex(name);
  if (idx < 0) {
    this.attrPush([name, value]);
  } else {
    this.attrs[idx][1] = this.attrs[idx][1] + " " + value;
  }
};
var token_default = Token;

// node_modules/markdown-it/lib/rules_core/state_core.mjs
function StateCore(src, md2, env) {
  this.src = src;
  this.env = env;
  this.tokens = [];
  this.inlineMode = false;
  this.md = md2;
}
StateCore.prototype.Token = token_default;
var state_core_default = StateCore;

// node_modules/markdown-it/lib/rules_core/normalize.mjs
var NEWLINES_RE = /\r\n?|\n/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str;
  str = state.src.replace(NEWLINES_RE, "\n");
  str = str.replace(NULL_RE, "\uFFFD");
  state.src = str;
}

// node_modules/markdown-it/lib/rules_core/block.mjs
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else {
    state.md.block.parse(state.src, state.md, state.env, state.tokens);
  }
}

// node_modules/markdown-it/lib/rules_core/inline.mjs
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") {
      state.md.inline.parse(tok.content, state.md, state.env, tok.children);
    }
  }
}

// node_modules/markdown-it/lib/rules_core/linkify.mjs
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) {
    return;
  }
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.pretest(blockTokens[j].content)) {
      continue;
    }
    let tokens = blockTokens[j].children;
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") {
          i--;
        }
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen(currentToken.content) && htmlLinkLevel > 0) {
          htmlLinkLevel--;
        }
        if (isLinkClose(currentToken.content)) {
          htmlLinkLevel++;
        }
      }
      if (htmlLinkLevel > 0) {
        continue;
      }
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") {
          links = links.slice(1);
        }
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) {
            continue;
          }
          let urlText = links[ln].text;
          if (!links[ln].schema) {
            urlText = state.md.normalizeLinkText("http://" + urlText).replace(/^http:\/\//, "");
          } else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) {
            urlText = state.md.normalizeLinkText("mailto:" + urlText).replace(/^mailto:/, "");
          } else {
            urlText = state.md.normalizeLinkText(urlText);
          }
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text2.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token = new state.Token("text", "", 0);
          token.content = text2.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        blockTokens[j].children = tokens = arrayReplaceAt(tokens, i, nodes);
      }
    }
  }
}

// node_modules/markdown-it/lib/rules_core/replacements.mjs
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/ig;
var SCOPED_ABBR = {
  c: "\xA9",
  r: "\xAE",
  tm: "\u2122"
};
function replaceFn(match2, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    }
    if (token.type === "link_open" && token.info === "auto") {
      inside_autolink--;
    }
    if (token.type === "link_close" && token.info === "auto") {
      inside_autolink++;
    }
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) {
        token.content = token.content.replace(/\+-/g, "\xB1").replace(/\.{2,}/g, "\u2026").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/mg, "$1\u2014").replace(/(^|\s)--(?=\s|$)/mg, "$1\u2013").replace(/(^|[^-\s])--(?=[^-\s]|$)/mg, "$1\u2013");
      }
    }
    if (token.type === "link_open" && token.info === "auto") {
      inside_autolink--;
    }
    if (token.type === "link_close" && token.info === "auto") {
      inside_autolink++;
    }
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) {
    return;
  }
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") {
      continue;
    }
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) {
      replace_scoped(state.tokens[blkIdx].children);
    }
    if (RARE_RE.test(state.tokens[blkIdx].content)) {
      replace_rare(state.tokens[blkIdx].children);
    }
  }
}

// node_modules/markdown-it/lib/rules_core/smartquotes.mjs
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "\u2019";
function replaceAt(str, index, ch) {
  return str.slice(0, index) + ch + str.slice(index + 1);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) {
      if (stack[j].level <= thisLevel) {
        break;
      }
    }
    stack.length = j + 1;
    if (token.type !== "text") {
      continue;
    }
    let text2 = token.content;
    let pos = 0;
    let max = text2.length;
    OUTER:
      while (pos < max) {
        QUOTE_RE.lastIndex = pos;
        const t = QUOTE_RE.exec(text2);
        if (!t) {
          break;
        }
        let canOpen = true;
        let canClose = true;
        pos = t.index + 1;
        const isSingle = t[0] === "'";
        let lastChar = 32;
        if (t.index - 1 >= 0) {
          lastChar = text2.charCodeAt(t.index - 1);
        } else {
          for (j = i - 1; j >= 0; j--) {
            if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
            if (!tokens[j].content) continue;
            lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
            break;
          }
        }
        let nextChar = 32;
        if (pos < max) {
          nextChar = text2.charCodeAt(pos);
        } else {
          for (j = i + 1; j < tokens.length; j++) {
            if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
            if (!tokens[j].content) continue;
            nextChar = tokens[j].content.charCodeAt(0);
            break;
          }
        }
        const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctChar(String.fromCharCode(lastChar));
        const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctChar(String.fromCharCode(nextChar));
        const isLastWhiteSpace = isWhiteSpace(lastChar);
        const isNextWhiteSpace = isWhiteSpace(nextChar);
        if (isNextWhiteSpace) {
          canOpen = false;
        } else if (isNextPunctChar) {
          if (!(isLastWhiteSpace || isLastPunctChar)) {
            canOpen = false;
          }
        }
        if (isLastWhiteSpace) {
          canClose = false;
        } else if (isLastPunctChar) {
          if (!(isNextWhiteSpace || isNextPunctChar)) {
            canClose = false;
          }
        }
        if (nextChar === 34 && t[0] === '"') {
          if (lastChar >= 48 && lastChar <= 57) {
            canClose = canOpen = false;
          }
        }
        if (canOpen && canClose) {
          canOpen = isLastPunctChar;
          canClose = isNextPunctChar;
        }
        if (!canOpen && !canClose) {
          if (isSingle) {
            token.content = replaceAt(token.content, t.index, APOSTROPHE);
          }
          continue;
        }
        if (canClose) {
          for (j = stack.length - 1; j >= 0; j--) {
            let item = stack[j];
            if (stack[j].level < thisLevel) {
              break;
            }
            if (item.single === isSingle && stack[j].level === thisLevel) {
              item = stack[j];
              let openQuote;
              let closeQuote;
              if (isSingle) {
                openQuote = state.md.options.quotes[2];
                closeQuote = state.md.options.quotes[3];
              } else {
                openQuote = state.md.options.quotes[0];
                closeQuote = state.md.options.quotes[1];
              }
              token.content = replaceAt(token.content, t.index, closeQuote);
              tokens[item.token].content = replaceAt(
                tokens[item.token].content,
                item.pos,
                openQuote
              );
              pos += closeQuote.length - 1;
              if (item.token === i) {
                pos += openQuote.length - 1;
              }
              text2 = token.content;
              max = text2.length;
              stack.length = j;
              continue OUTER;
            }
          }
        }
        if (canOpen) {
          stack.push({
            token: i,
            pos: t.index,
            single: isSingle,
            level: thisLevel
          });
        } else if (canClose && isSingle) {
          token.content = replaceAt(token.content, t.index, APOSTROPHE);
        }
      }
  }
}
function smartquotes(state) {
  if (!state.md.options.typographer) {
    return;
  }
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) {
      continue;
    }
    process_inlines(state.tokens[blkIdx].children, state);
  }
}

// node_modules/markdown-it/lib/rules_core/text_join.mjs
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") {
        tokens[curr].type = "text";
      }
    }
    for (curr = last = 0; curr < max; curr++) {
      if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") {
        tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
      } else {
        if (curr !== last) {
          tokens[last] = tokens[curr];
        }
        last++;
      }
    }
    if (curr !== last) {
      tokens.length = last;
    }
  }
}

// node_modules/markdown-it/lib/parser_core.mjs
var _rules = [
  ["normalize", normalize],
  ["block", block],
  ["inline", inline],
  ["linkify", linkify],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  // `text_join` finds `text_special` tokens (for escape sequences)
  // and joins them with the rest of the text
  ["text_join", text_join]
];
function Core() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules.length; i++) {
    this.ruler.push(_rules[i][0], _rules[i][1]);
  }
}
Core.prototype.process = function(state) {
  const rules = this.ruler.getRules("");
  for (let i = 0, l = rules.length; i < l; i++) {
    rules[i](state);
  }
};
Core.prototype.State = state_core_default;
var parser_core_default = Core;

// node_modules/markdown-it/lib/rules_block/state_block.mjs
function StateBlock(src, md2, env, tokens) {
  this.src = src;
  this.md = md2;
  this.env = env;
  this.tokens = tokens;
  this.bMarks = [];
  this.eMarks = [];
  this.tShift = [];
  this.sCount = [];
  this.bsCount = [];
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.ddIndent = -1;
  this.listIndent = -1;
  this.parentType = "root";
  this.level = 0;
  const s = this.src;
  for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
    const ch = s.charCodeAt(pos);
    if (!indent_found) {
      if (isSpace(ch)) {
        indent++;
        if (ch === 9) {
          offset += 4 - offset % 4;
        } else {
          offset++;
        }
        continue;
      } else {
        indent_found = true;
      }
    }
    if (ch === 10 || pos === len - 1) {
      if (ch !== 10) {
        pos++;
      }
      this.bMarks.push(start);
      this.eMarks.push(pos);
      this.tShift.push(indent);
      this.sCount.push(offset);
      this.bsCount.push(0);
      indent_found = false;
      indent = 0;
      offset = 0;
      start = pos + 1;
    }
  }
  this.bMarks.push(s.length);
  this.eMarks.push(s.length);
  this.tShift.push(0);
  this.sCount.push(0);
  this.bsCount.push(0);
  this.lineMax = this.bMarks.length - 1;
}
StateBlock.prototype.push = function(type, tag, nesting) {
  const token = new token_default(type, tag, nesting);
  token.block = true;
  if (nesting < 0) this.level--;
  token.level = this.level;
  if (nesting > 0) this.level++;
  this.tokens.push(token);
  return token;
};
StateBlock.prototype.isEmpty = function isEmpty(line) {
  return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
};
StateBlock.prototype.skipEmptyLines = function skipEmptyLines(from) {
  for (let max = this.lineMax; from < max; from++) {
    if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) {
      break;
    }
  }
  return from;
};
StateBlock.prototype.skipSpaces = function skipSpaces(pos) {
  for (let max = this.src.length; pos < max; pos++) {
    const ch = this.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      break;
    }
  }
  return pos;
};
StateBlock.prototype.skipSpacesBack = function skipSpacesBack(pos, min) {
  if (pos <= min) {
    return pos;
  }
  while (pos > min) {
    if (!isSpace(this.src.charCodeAt(--pos))) {
      return pos + 1;
    }
  }
  return pos;
};
StateBlock.prototype.skipChars = function skipChars(pos, code2) {
  for (let max = this.src.length; pos < max; pos++) {
    if (this.src.charCodeAt(pos) !== code2) {
      break;
    }
  }
  return pos;
};
StateBlock.prototype.skipCharsBack = function skipCharsBack(pos, code2, min) {
  if (pos <= min) {
    return pos;
  }
  while (pos > min) {
    if (code2 !== this.src.charCodeAt(--pos)) {
      return pos + 1;
    }
  }
  return pos;
};
StateBlock.prototype.getLines = function getLines(begin, end, indent, keepLastLF) {
  if (begin >= end) {
    return "";
  }
  const queue = new Array(end - begin);
  for (let i = 0, line = begin; line < end; line++, i++) {
    let lineIndent = 0;
    const lineStart = this.bMarks[line];
    let first = lineStart;
    let last;
    if (line + 1 < end || keepLastLF) {
      last = this.eMarks[line] + 1;
    } else {
      last = this.eMarks[line];
    }
    while (first < last && lineIndent < indent) {
      const ch = this.src.charCodeAt(first);
      if (isSpace(ch)) {
        if (ch === 9) {
          lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
        } else {
          lineIndent++;
        }
      } else if (first - lineStart < this.tShift[line]) {
        lineIndent++;
      } else {
        break;
      }
      first++;
    }
    if (lineIndent > indent) {
      queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
    } else {
      queue[i] = this.src.slice(first, last);
    }
  }
  return queue.join("");
};
StateBlock.prototype.Token = token_default;
var state_block_default = StateBlock;

// node_modules/markdown-it/lib/rules_block/table.mjs
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) {
    return false;
  }
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) {
    return false;
  }
  if (state.sCount[nextLine] - state.blkIndent >= 4) {
    return false;
  }
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) {
    return false;
  }
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) {
    return false;
  }
  if (pos >= state.eMarks[nextLine]) {
    return false;
  }
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) {
    return false;
  }
  if (firstCh === 45 && isSpace(secondCh)) {
    return false;
  }
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) {
      return false;
    }
    pos++;
  }
  let lineText = getLine(state, startLine + 1);
  let columns = lineText.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) {
        continue;
      } else {
        return false;
      }
    }
    if (!/^:?-+:?$/.test(t)) {
      return false;
    }
    if (t.charCodeAt(t.length - 1) === 58) {
      aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    } else if (t.charCodeAt(0) === 58) {
      aligns.push("left");
    } else {
      aligns.push("");
    }
  }
  lineText = getLine(state, startLine).trim();
  if (lineText.indexOf("|") === -1) {
    return false;
  }
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  columns = escapedSplit(lineText);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) {
    return false;
  }
  if (silent) {
    return true;
  }
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) {
      token_ho.attrs = [["style", "text-align:" + aligns[i]]];
    }
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
    lineText = getLine(state, nextLine).trim();
    if (!lineText) {
      break;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      break;
    }
    columns = escapedSplit(lineText);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) {
      break;
    }
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) {
        token_tdo.attrs = [["style", "text-align:" + aligns[i]]];
      }
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

// node_modules/markdown-it/lib/rules_block/code.mjs
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) {
    return false;
  }
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}

// node_modules/markdown-it/lib/rules_block/fence.mjs
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (pos + 3 > max) {
    return false;
  }
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) {
    return false;
  }
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) {
    return false;
  }
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) {
      return false;
    }
  }
  if (silent) {
    return true;
  }
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) {
      break;
    }
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    if (state.src.charCodeAt(pos) !== marker) {
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      continue;
    }
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) {
      continue;
    }
    pos = state.skipSpaces(pos);
    if (pos < max) {
      continue;
    }
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}

// node_modules/markdown-it/lib/rules_block/blockquote.mjs
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 62) {
    return false;
  }
  if (silent) {
    return true;
  }
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) {
      break;
    }
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else {
          adjustTab = true;
        }
      } else {
        spaceAfterMarker = false;
      }
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) {
            offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          } else {
            offset++;
          }
        } else {
          break;
        }
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines2 = [startLine, 0];
  token_o.map = lines2;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines2[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}

// node_modules/markdown-it/lib/rules_block/hr.mjs
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) {
    return false;
  }
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) {
      return false;
    }
    if (ch === marker) {
      cnt++;
    }
  }
  if (cnt < 3) {
    return false;
  }
  if (silent) {
    return true;
  }
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}

// node_modules/markdown-it/lib/rules_block/list.mjs
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) {
    return -1;
  }
  if (pos < max) {
    const ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      return -1;
    }
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) {
    return -1;
  }
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) {
    return -1;
  }
  for (; ; ) {
    if (pos >= max) {
      return -1;
    }
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) {
        return -1;
      }
      continue;
    }
    if (ch === 41 || ch === 46) {
      break;
    }
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      return -1;
    }
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) {
    if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
      state.tokens[i + 2].hidden = true;
      state.tokens[i].hidden = true;
      i += 2;
    }
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) {
    return false;
  }
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) {
      isTerminatingParagraph = true;
    }
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) {
    isOrdered = false;
  } else {
    return false;
  }
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) {
    return true;
  }
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) {
      token.attrs = [["start", markerValue]];
    }
  } else {
    token = state.push("bullet_list_open", "ul", 1);
  }
  const listLines = [nextLine, 0];
  token.map = listLines;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) {
        offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      } else if (ch === 32) {
        offset++;
      } else {
        break;
      }
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker;
    if (contentStart >= max) {
      indentAfterMarker = 1;
    } else {
      indentAfterMarker = offset - initial;
    }
    if (indentAfterMarker > 4) {
      indentAfterMarker = 1;
    }
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) {
      token.info = state.src.slice(start, posAfterMarker - 1);
    }
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) {
      state.line = Math.min(state.line + 2, endLine);
    } else {
      state.md.block.tokenize(state, nextLine, endLine, true);
    }
    if (!state.tight || prevEmptyEnd) {
      tight = false;
    }
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) {
      break;
    }
    if (state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) {
        break;
      }
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) {
        break;
      }
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) {
      break;
    }
  }
  if (isOrdered) {
    token = state.push("ordered_list_close", "ol", -1);
  } else {
    token = state.push("bullet_list_close", "ul", -1);
  }
  token.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) {
    markTightParagraphs(state, listTokIdx);
  }
  return true;
}

// node_modules/markdown-it/lib/rules_block/reference.mjs
function reference(state, startLine, _endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 91) {
    return false;
  }
  function getNextLine(nextLine2) {
    const endLine = state.lineMax;
    if (nextLine2 >= endLine || state.isEmpty(nextLine2)) {
      return null;
    }
    let isContinuation = false;
    if (state.sCount[nextLine2] - state.blkIndent > 3) {
      isContinuation = true;
    }
    if (state.sCount[nextLine2] < 0) {
      isContinuation = true;
    }
    if (!isContinuation) {
      const terminatorRules = state.md.block.ruler.getRules("reference");
      const oldParentType = state.parentType;
      state.parentType = "reference";
      let terminate = false;
      for (let i = 0, l = terminatorRules.length; i < l; i++) {
        if (terminatorRules[i](state, nextLine2, endLine, true)) {
          terminate = true;
          break;
        }
      }
      state.parentType = oldParentType;
      if (terminate) {
        return null;
      }
    }
    const pos2 = state.bMarks[nextLine2] + state.tShift[nextLine2];
    const max2 = state.eMarks[nextLine2];
    return state.src.slice(pos2, max2 + 1);
  }
  let str = state.src.slice(pos, max + 1);
  max = str.length;
  let labelEnd = -1;
  for (pos = 1; pos < max; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 91) {
      return false;
    } else if (ch === 93) {
      labelEnd = pos;
      break;
    } else if (ch === 10) {
      const lineContent = getNextLine(nextLine);
      if (lineContent !== null) {
        str += lineContent;
        max = str.length;
        nextLine++;
      }
    } else if (ch === 92) {
      pos++;
      if (pos < max && str.charCodeAt(pos) === 10) {
        const lineContent = getNextLine(nextLine);
        if (lineContent !== null) {
          str += lineContent;
          max = str.length;
          nextLine++;
        }
      }
    }
  }
  if (labelEnd < 0 || str.charCodeAt(labelEnd + 1) !== 58) {
    return false;
  }
  for (pos = labelEnd + 2; pos < max; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 10) {
      const lineContent = getNextLine(nextLine);
      if (lineContent !== null) {
        str += lineContent;
        max = str.length;
        nextLine++;
      }
    } else if (isSpace(ch)) {
    } else {
      break;
    }
  }
  const destRes = state.md.helpers.parseLinkDestination(str, pos, max);
  if (!destRes.ok) {
    return false;
  }
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) {
    return false;
  }
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndLineNo = nextLine;
  const start = pos;
  for (; pos < max; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 10) {
      const lineContent = getNextLine(nextLine);
      if (lineContent !== null) {
        str += lineContent;
        max = str.length;
        nextLine++;
      }
    } else if (isSpace(ch)) {
    } else {
      break;
    }
  }
  let titleRes = state.md.helpers.parseLinkTitle(str, pos, max);
  while (titleRes.can_continue) {
    const lineContent = getNextLine(nextLine);
    if (lineContent === null) break;
    str += lineContent;
    pos = max;
    max = str.length;
    nextLine++;
    titleRes = state.md.helpers.parseLinkTitle(str, pos, max, titleRes);
  }
  let title;
  if (pos < max && start !== pos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    const ch = str.charCodeAt(pos);
    if (!isSpace(ch)) {
      break;
    }
    pos++;
  }
  if (pos < max && str.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      nextLine = destEndLineNo;
      while (pos < max) {
        const ch = str.charCodeAt(pos);
        if (!isSpace(ch)) {
          break;
        }
        pos++;
      }
    }
  }
  if (pos < max && str.charCodeAt(pos) !== 10) {
    return false;
  }
  const label2 = normalizeReference(str.slice(1, labelEnd));
  if (!label2) {
    return false;
  }
  if (silent) {
    return true;
  }
  if (typeof state.env.references === "undefined") {
    state.env.references = {};
  }
  if (typeof state.env.references[label2] === "undefined") {
    state.env.references[label2] = { title, href };
  }
  state.line = nextLine;
  return true;
}

// node_modules/markdown-it/lib/common/html_blocks.mjs
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];

// node_modules/markdown-it/lib/common/html_re.mjs
var attr_name = "[a-zA-Z_:][a-zA-Z0-9:._-]*";
var unquoted = "[^\"'=<>`\\x00-\\x20]+";
var single_quoted = "'[^']*'";
var double_quoted = '"[^"]*"';
var attr_value = "(?:" + unquoted + "|" + single_quoted + "|" + double_quoted + ")";
var attribute = "(?:\\s+" + attr_name + "(?:\\s*=\\s*" + attr_value + ")?)";
var open_tag = "<[A-Za-z][A-Za-z0-9\\-]*" + attribute + "*\\s*\\/?>";
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
var comment = "<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->";
var processing = "<[?][\\s\\S]*?[?]>";
var declaration = "<![A-Za-z][^>]*>";
var cdata = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>";
var HTML_TAG_RE = new RegExp("^(?:" + open_tag + "|" + close_tag + "|" + comment + "|" + processing + "|" + declaration + "|" + cdata + ")");
var HTML_OPEN_CLOSE_TAG_RE = new RegExp("^(?:" + open_tag + "|" + close_tag + ")");

// node_modules/markdown-it/lib/rules_block/html_block.mjs
var HTML_SEQUENCES = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp("^</?(" + html_blocks_default.join("|") + ")(?=(\\s|/?>|$))", "i"), /^$/, true],
  [new RegExp(HTML_OPEN_CLOSE_TAG_RE.source + "\\s*$"), /^$/, false]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (!state.md.options.html) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 60) {
    return false;
  }
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) {
    if (HTML_SEQUENCES[i][0].test(lineText)) {
      break;
    }
  }
  if (i === HTML_SEQUENCES.length) {
    return false;
  }
  if (silent) {
    return HTML_SEQUENCES[i][2];
  }
  let nextLine = startLine + 1;
  if (!HTML_SEQUENCES[i][1].test(lineText)) {
    for (; nextLine < endLine; nextLine++) {
      if (state.sCount[nextLine] < state.blkIndent) {
        break;
      }
      pos = state.bMarks[nextLine] + state.tShift[nextLine];
      max = state.eMarks[nextLine];
      lineText = state.src.slice(pos, max);
      if (HTML_SEQUENCES[i][1].test(lineText)) {
        if (lineText.length !== 0) {
          nextLine++;
        }
        break;
      }
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}

// node_modules/markdown-it/lib/rules_block/heading.mjs
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) {
    return false;
  }
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) {
    return false;
  }
  if (silent) {
    return true;
  }
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) {
    max = tmp;
  }
  state.line = startLine + 1;
  const token_o = state.push("heading_open", "h" + String(level), 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = state.src.slice(pos, max).trim();
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", "h" + String(level), -1);
  token_c.markup = "########".slice(0, level);
  return true;
}

// node_modules/markdown-it/lib/rules_block/lheading.mjs
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) {
      continue;
    }
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) {
      continue;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
  }
  if (!level) {
    return false;
  }
  const content = state.getLines(startLine, nextLine, state.blkIndent, false).trim();
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", "h" + String(level), 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", "h" + String(level), -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}

// node_modules/markdown-it/lib/rules_block/paragraph.mjs
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) {
      continue;
    }
    if (state.sCount[nextLine] < 0) {
      continue;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
  }
  const content = state.getLines(startLine, nextLine, state.blkIndent, false).trim();
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}

// node_modules/markdown-it/lib/parser_block.mjs
var _rules2 = [
  // First 2 params - rule name & source. Secondary array - list of rules,
  // which can be terminated by this one.
  ["table", table, ["paragraph", "reference"]],
  ["code", code],
  ["fence", fence, ["paragraph", "reference", "blockquote", "list"]],
  ["blockquote", blockquote, ["paragraph", "reference", "blockquote", "list"]],
  ["hr", hr, ["paragraph", "reference", "blockquote", "list"]],
  ["list", list, ["paragraph", "reference", "blockquote"]],
  ["reference", reference],
  ["html_block", html_block, ["paragraph", "reference", "blockquote"]],
  ["heading", heading, ["paragraph", "reference", "blockquote"]],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
function ParserBlock() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules2.length; i++) {
    this.ruler.push(_rules2[i][0], _rules2[i][1], { alt: (_rules2[i][2] || []).slice() });
  }
}
ParserBlock.prototype.tokenize = function(state, startLine, endLine) {
  const rules = this.ruler.getRules("");
  const len = rules.length;
  const maxNesting = state.md.options.maxNesting;
  let line = startLine;
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) {
      break;
    }
    if (state.sCount[line] < state.blkIndent) {
      break;
    }
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    const prevLine = state.line;
    let ok = false;
    for (let i = 0; i < len; i++) {
      ok = rules[i](state, line, endLine, false);
      if (ok) {
        if (prevLine >= state.line) {
          throw new Error("block rule didn't increment state.line");
        }
        break;
      }
    }
    if (!ok) throw new Error("none of the block rules matched");
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) {
      hasEmptyLines = true;
    }
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
  }
};
ParserBlock.prototype.parse = function(src, md2, env, outTokens) {
  if (!src) {
    return;
  }
  const state = new this.State(src, md2, env, outTokens);
  this.tokenize(state, state.line, state.lineMax);
};
ParserBlock.prototype.State = state_block_default;
var parser_block_default = ParserBlock;

// node_modules/markdown-it/lib/rules_inline/state_inline.mjs
function StateInline(src, md2, env, outTokens) {
  this.src = src;
  this.env = env;
  this.md = md2;
  this.tokens = outTokens;
  this.tokens_meta = Array(outTokens.length);
  this.pos = 0;
  this.posMax = this.src.length;
  this.level = 0;
  this.pending = "";
  this.pendingLevel = 0;
  this.cache = {};
  this.delimiters = [];
  this._prev_delimiters = [];
  this.backticks = {};
  this.backticksScanned = false;
  this.linkLevel = 0;
}
StateInline.prototype.pushPending = function() {
  const token = new token_default("text", "", 0);
  token.content = this.pending;
  token.level = this.pendingLevel;
  this.tokens.push(token);
  this.pending = "";
  return token;
};
StateInline.prototype.push = function(type, tag, nesting) {
  if (this.pending) {
    this.pushPending();
  }
  const token = new token_default(type, tag, nesting);
  let token_meta = null;
  if (nesting < 0) {
    this.level--;
    this.delimiters = this._prev_delimiters.pop();
  }
  token.level = this.level;
  if (nesting > 0) {
    this.level++;
    this._prev_delimiters.push(this.delimiters);
    this.delimiters = [];
    token_meta = { delimiters: this.delimiters };
  }
  this.pendingLevel = this.level;
  this.tokens.push(token);
  this.tokens_meta.push(token_meta);
  return token;
};
StateInline.prototype.scanDelims = function(start, canSplitWord) {
  const max = this.posMax;
  const marker = this.src.charCodeAt(start);
  const lastChar = start > 0 ? this.src.charCodeAt(start - 1) : 32;
  let pos = start;
  while (pos < max && this.src.charCodeAt(pos) === marker) {
    pos++;
  }
  const count = pos - start;
  const nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
  const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctChar(String.fromCharCode(lastChar));
  const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctChar(String.fromCharCode(nextChar));
  const isLastWhiteSpace = isWhiteSpace(lastChar);
  const isNextWhiteSpace = isWhiteSpace(nextChar);
  const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
  const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
  const can_open = left_flanking && (canSplitWord || !right_flanking || isLastPunctChar);
  const can_close = right_flanking && (canSplitWord || !left_flanking || isNextPunctChar);
  return { can_open, can_close, length: count };
};
StateInline.prototype.Token = token_default;
var state_inline_default = StateInline;

// node_modules/markdown-it/lib/rules_inline/text.mjs
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) {
    pos++;
  }
  if (pos === state.pos) {
    return false;
  }
  if (!silent) {
    state.pending += state.src.slice(state.pos, pos);
  }
  state.pos = pos;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/linkify.mjs
var SCHEME_RE = /(?:^|[^a-z0-9.+-])([a-z][a-z0-9.+-]*)$/i;
function linkify2(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const match2 = state.pending.match(SCHEME_RE);
  if (!match2) return false;
  const proto = match2[1];
  const link2 = state.md.linkify.matchAtStart(state.src.slice(pos - proto.length));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= proto.length) return false;
  url = url.replace(/\*+$/, "");
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -proto.length);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - proto.length;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/newline.mjs
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) {
    return false;
  }
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else {
      state.push("softbreak", "br", 0);
    }
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) {
    pos++;
  }
  state.pos = pos;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/escape.mjs
var ESCAPED = [];
for (let i = 0; i < 256; i++) {
  ESCAPED.push(0);
}
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape2(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) {
      state.push("hardbreak", "br", 0);
    }
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) {
      token.content = escapedStr;
    } else {
      token.content = origStr;
    }
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/backticks.mjs
function backtick(state, silent) {
  let pos = state.pos;
  const ch = state.src.charCodeAt(pos);
  if (ch !== 96) {
    return false;
  }
  const start = pos;
  pos++;
  const max = state.posMax;
  while (pos < max && state.src.charCodeAt(pos) === 96) {
    pos++;
  }
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (state.backticksScanned && (state.backticks[openerLength] || 0) <= start) {
    if (!silent) state.pending += marker;
    state.pos += openerLength;
    return true;
  }
  let matchEnd = pos;
  let matchStart;
  while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1) {
    matchEnd = matchStart + 1;
    while (matchEnd < max && state.src.charCodeAt(matchEnd) === 96) {
      matchEnd++;
    }
    const closerLength = matchEnd - matchStart;
    if (closerLength === openerLength) {
      if (!silent) {
        const token = state.push("code_inline", "code", 0);
        token.markup = marker;
        token.content = state.src.slice(pos, matchStart).replace(/\n/g, " ").replace(/^ (.+) $/, "$1");
      }
      state.pos = matchEnd;
      return true;
    }
    state.backticks[closerLength] = matchStart;
  }
  state.backticksScanned = true;
  if (!silent) state.pending += marker;
  state.pos += openerLength;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/strikethrough.mjs
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) {
    return false;
  }
  if (marker !== 126) {
    return false;
  }
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) {
    return false;
  }
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      // disable "rule of 3" length checks meant for emphasis
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) {
      continue;
    }
    if (startDelim.end === -1) {
      continue;
    }
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") {
      loneMarkers.push(endDelim.token - 1);
    }
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") {
      j++;
    }
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      postProcess(state, tokens_meta[curr].delimiters);
    }
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};

// node_modules/markdown-it/lib/rules_inline/emphasis.mjs
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) {
    return false;
  }
  if (marker !== 95 && marker !== 42) {
    return false;
  }
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker);
    state.delimiters.push({
      // Char code of the starting marker (number).
      //
      marker,
      // Total length of these series of delimiters.
      //
      length: scanned.length,
      // A position of the token this delimiter corresponds to.
      //
      token: state.tokens.length - 1,
      // If this delimiter is matched as a valid opener, `end` will be
      // equal to its position, otherwise it's `-1`.
      //
      end: -1,
      // Boolean flags that determine if this delimiter could open or close
      // an emphasis.
      //
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess2(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) {
      continue;
    }
    if (startDelim.end === -1) {
      continue;
    }
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && // check that first two markers match and adjacent
    delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && // check that last two markers are adjacent (we can safely assume they match)
    delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess2(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      postProcess2(state, tokens_meta[curr].delimiters);
    }
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};

// node_modules/markdown-it/lib/rules_inline/link.mjs
function link(state, silent) {
  let code2, label2, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) {
    return false;
  }
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) {
    return false;
  }
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    if (pos >= max) {
      return false;
    }
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) {
        pos = res.pos;
      } else {
        href = "";
      }
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) {
          break;
        }
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) {
            break;
          }
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      parseReference = true;
    }
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") {
      return false;
    }
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) {
        label2 = state.src.slice(start, pos++);
      } else {
        pos = labelEnd + 1;
      }
    } else {
      pos = labelEnd + 1;
    }
    if (!label2) {
      label2 = state.src.slice(labelStart, labelEnd);
    }
    ref = state.env.references[normalizeReference(label2)];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) {
      attrs.push(["title", title]);
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/image.mjs
function image(state, silent) {
  let code2, content, label2, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) {
    return false;
  }
  if (state.src.charCodeAt(state.pos + 1) !== 91) {
    return false;
  }
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) {
    return false;
  }
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    if (pos >= max) {
      return false;
    }
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) {
        pos = res.pos;
      } else {
        href = "";
      }
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) {
          break;
        }
      }
    } else {
      title = "";
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") {
      return false;
    }
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) {
        label2 = state.src.slice(start, pos++);
      } else {
        pos = labelEnd + 1;
      }
    } else {
      pos = labelEnd + 1;
    }
    if (!label2) {
      label2 = state.src.slice(labelStart, labelEnd);
    }
    ref = state.env.references[normalizeReference(label2)];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(
      content,
      state.md,
      state.env,
      tokens
    );
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) {
      attrs.push(["title", title]);
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/autolink.mjs
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) {
    return false;
  }
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) {
      return false;
    }
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink("mailto:" + url);
    if (!state.md.validateLink(fullUrl)) {
      return false;
    }
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}

// node_modules/markdown-it/lib/rules_inline/html_inline.mjs
function isLinkOpen2(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose2(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function html_inline(state, silent) {
  if (!state.md.options.html) {
    return false;
  }
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) {
    return false;
  }
  const ch = state.src.charCodeAt(pos + 1);
  if (ch !== 33 && ch !== 63 && ch !== 47 && !isLetter(ch)) {
    return false;
  }
  const match2 = state.src.slice(pos).match(HTML_TAG_RE);
  if (!match2) {
    return false;
  }
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = match2[0];
    if (isLinkOpen2(token.content)) state.linkLevel++;
    if (isLinkClose2(token.content)) state.linkLevel--;
  }
  state.pos += match2[0].length;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/entity.mjs
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 35) {
    const match2 = state.src.slice(pos).match(DIGITAL_RE);
    if (match2) {
      if (!silent) {
        const code2 = match2[1][0].toLowerCase() === "x" ? parseInt(match2[1].slice(1), 16) : parseInt(match2[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint2(code2) : fromCodePoint2(65533);
        token.markup = match2[0];
        token.info = "entity";
      }
      state.pos += match2[0].length;
      return true;
    }
  } else {
    const match2 = state.src.slice(pos).match(NAMED_RE);
    if (match2) {
      const decoded = decodeHTML(match2[0]);
      if (decoded !== match2[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match2[0];
          token.info = "entity";
        }
        state.pos += match2[0].length;
        return true;
      }
    }
  }
  return false;
}

// node_modules/markdown-it/lib/rules_inline/balance_pairs.mjs
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) {
      headerIdx = closerIdx;
    }
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) {
      openersBottom[closer.marker] = [-1, -1, -1, -1, -1, -1];
    }
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) {
              isOddMatch = true;
            }
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) {
      openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
    }
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      processDelimiters(tokens_meta[curr].delimiters);
    }
  }
}

// node_modules/markdown-it/lib/rules_inline/fragments_join.mjs
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") {
      tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    } else {
      if (curr !== last) {
        tokens[last] = tokens[curr];
      }
      last++;
    }
  }
  if (curr !== last) {
    tokens.length = last;
  }
}

// node_modules/markdown-it/lib/parser_inline.mjs
var _rules3 = [
  ["text", text],
  ["linkify", linkify2],
  ["newline", newline],
  ["escape", escape2],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules22 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  // rules for pairs separate '**' into its own text tokens, which may be left unused,
  // rule below merges unused segments back with the rest of the text
  ["fragments_join", fragments_join]
];
function ParserInline() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules3.length; i++) {
    this.ruler.push(_rules3[i][0], _rules3[i][1]);
  }
  this.ruler2 = new ruler_default();
  for (let i = 0; i < _rules22.length; i++) {
    this.ruler2.push(_rules22[i][0], _rules22[i][1]);
  }
}
ParserInline.prototype.skipToken = function(state) {
  const pos = state.pos;
  const rules = this.ruler.getRules("");
  const len = rules.length;
  const maxNesting = state.md.options.maxNesting;
  const cache = state.cache;
  if (typeof cache[pos] !== "undefined") {
    state.pos = cache[pos];
    return;
  }
  let ok = false;
  if (state.level < maxNesting) {
    for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) {
          throw new Error("inline rule didn't increment state.pos");
        }
        break;
      }
    }
  } else {
    state.pos = state.posMax;
  }
  if (!ok) {
    state.pos++;
  }
  cache[pos] = state.pos;
};
ParserInline.prototype.tokenize = function(state) {
  const rules = this.ruler.getRules("");
  const len = rules.length;
  const end = state.posMax;
  const maxNesting = state.md.options.maxNesting;
  while (state.pos < end) {
    const prevPos = state.pos;
    let ok = false;
    if (state.level < maxNesting) {
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) {
            throw new Error("inline rule didn't increment state.pos");
          }
          break;
        }
      }
    }
    if (ok) {
      if (state.pos >= end) {
        break;
      }
      continue;
    }
    state.pending += state.src[state.pos++];
  }
  if (state.pending) {
    state.pushPending();
  }
};
ParserInline.prototype.parse = function(str, md2, env, outTokens) {
  const state = new this.State(str, md2, env, outTokens);
  this.tokenize(state);
  const rules = this.ruler2.getRules("");
  const len = rules.length;
  for (let i = 0; i < len; i++) {
    rules[i](state);
  }
};
ParserInline.prototype.State = state_inline_default;
var parser_inline_default = ParserInline;

// node_modules/linkify-it/lib/re.mjs
function re_default(opts) {
  const re = {};
  opts = opts || {};
  re.src_Any = regex_default.source;
  re.src_Cc = regex_default2.source;
  re.src_Z = regex_default6.source;
  re.src_P = regex_default4.source;
  re.src_ZPCc = [re.src_Z, re.src_P, re.src_Cc].join("|");
  re.src_ZCc = [re.src_Z, re.src_Cc].join("|");
  const text_separators = "[><\uFF5C]";
  re.src_pseudo_letter = `(?:(?!${text_separators}|${re.src_ZPCc})${re.src_Any})`;
  re.src_ip4 = "(?:(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)";
  re.src_auth = `(?:(?:(?!${re.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`;
  re.src_port = "(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?";
  re.src_host_terminator = `(?=$|${text_separators}|${re.src_ZPCc})(?!${opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${re.src_ZPCc}))`;
  re.src_path = `(?:[/?#](?:(?!${re.src_ZCc}|${text_separators}|[()[\\]{}.,"'?!\\-;]).|\\[(?:(?!${re.src_ZCc}|\\]).)*\\]|\\((?:(?!${re.src_ZCc}|[)]).)*\\)|\\{(?:(?!${re.src_ZCc}|[}]).)*\\}|\\"(?:(?!${re.src_ZCc}|["]).)+\\"|\\'(?:(?!${re.src_ZCc}|[']).)+\\'|\\'(?=${re.src_pseudo_letter}|[-])|\\.{2,}[a-zA-Z0-9%/&]|\\.(?!${re.src_ZCc}|[.]|$)|` + (opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-*)|" : "\\-+|") + // allow `,,,` in paths
  `,(?!${re.src_ZCc}|$)|;(?!${re.src_ZCc}|$)|\\!+(?!${re.src_ZCc}|[!]|$)|\\?(?!${re.src_ZCc}|[?]|$))+|\\/)?`;
  re.src_email_name = '[\\-;:&=\\+\\$,\\.a-zA-Z0-9_][\\-;:&=\\+\\$,\\"\\.a-zA-Z0-9_]{0,63}';
  re.src_xn = "xn--[a-z0-9\\-]{1,59}";
  re.src_domain_root = // Allow letters & digits (http://test1)
  "(?:" + re.src_xn + `|${re.src_pseudo_letter}{1,63})`;
  re.src_domain = "(?:" + re.src_xn + `|(?:${re.src_pseudo_letter})|(?:${re.src_pseudo_letter}(?:-|${re.src_pseudo_letter}){0,61}${re.src_pseudo_letter}))`;
  re.src_host = `(?:(?:(?:(?:${re.src_domain})\\.)*${re.src_domain}))`;
  re.tpl_host_fuzzy = "(?:" + re.src_ip4 + `|(?:(?:(?:${re.src_domain})\\.)+(?:%TLDS%)))`;
  re.tpl_host_no_ip_fuzzy = `(?:(?:(?:${re.src_domain})\\.)+(?:%TLDS%))`;
  re.src_host_strict = re.src_host + re.src_host_terminator;
  re.tpl_host_fuzzy_strict = re.tpl_host_fuzzy + re.src_host_terminator;
  re.src_host_port_strict = re.src_host + re.src_port + re.src_host_terminator;
  re.tpl_host_port_fuzzy_strict = re.tpl_host_fuzzy + re.src_port + re.src_host_terminator;
  re.tpl_host_port_no_ip_fuzzy_strict = re.tpl_host_no_ip_fuzzy + re.src_port + re.src_host_terminator;
  re.tpl_host_fuzzy_test = `localhost|www\\.|\\.\\d{1,3}\\.|(?:\\.(?:%TLDS%)(?:${re.src_ZPCc}|>|$))`;
  re.tpl_email_fuzzy = `(^|${text_separators}|"|\\(|${re.src_ZCc})(${re.src_email_name}@${re.tpl_host_fuzzy_strict})`;
  re.tpl_link_fuzzy = // Fuzzy link can't be prepended with .:/\- and non punctuation.
  // but can start with > (markdown blockquote)
  `(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${re.src_ZPCc}))((?![$+<=>^\`|\uFF5C])${re.tpl_host_port_fuzzy_strict}${re.src_path})`;
  re.tpl_link_no_ip_fuzzy = // Fuzzy link can't be prepended with .:/\- and non punctuation.
  // but can start with > (markdown blockquote)
  `(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${re.src_ZPCc}))((?![$+<=>^\`|\uFF5C])${re.tpl_host_port_no_ip_fuzzy_strict}${re.src_path})`;
  return re;
}

// node_modules/linkify-it/index.mjs
function assign2(obj) {
  const sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function(source) {
    if (!source) {
      return;
    }
    Object.keys(source).forEach(function(key) {
      obj[key] = source[key];
    });
  });
  return obj;
}
function _class2(obj) {
  return Object.prototype.toString.call(obj);
}
function isString2(obj) {
  return _class2(obj) === "[object String]";
}
function isObject(obj) {
  return _class2(obj) === "[object Object]";
}
function isRegExp(obj) {
  return _class2(obj) === "[object RegExp]";
}
function isFunction(obj) {
  return _class2(obj) === "[object Function]";
}
function escapeRE2(str) {
  return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
}
var defaultOptions = {
  fuzzyLink: true,
  fuzzyEmail: true,
  fuzzyIP: false
};
function isOptionsObj(obj) {
  return Object.keys(obj || {}).reduce(function(acc, k) {
    return acc || defaultOptions.hasOwnProperty(k);
  }, false);
}
var defaultSchemas = {
  "http:": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.http) {
        self.re.http = new RegExp(
          `^\\/\\/${self.re.src_auth}${self.re.src_host_port_strict}${self.re.src_path}`,
          "i"
        );
      }
      if (self.re.http.test(tail)) {
        return tail.match(self.re.http)[0].length;
      }
      return 0;
    }
  },
  "https:": "http:",
  "ftp:": "http:",
  "//": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.no_http) {
        self.re.no_http = new RegExp(
          "^" + self.re.src_auth + // Don't allow single-level domains, because of false positives like '//test'
          // with code comments
          `(?:localhost|(?:(?:${self.re.src_domain})\\.)+${self.re.src_domain_root})` + self.re.src_port + self.re.src_host_terminator + self.re.src_path,
          "i"
        );
      }
      if (self.re.no_http.test(tail)) {
        if (pos >= 3 && text2[pos - 3] === ":") {
          return 0;
        }
        if (pos >= 3 && text2[pos - 3] === "/") {
          return 0;
        }
        return tail.match(self.re.no_http)[0].length;
      }
      return 0;
    }
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.mailto) {
        self.re.mailto = new RegExp(
          `^${self.re.src_email_name}@${self.re.src_host_strict}`,
          "i"
        );
      }
      if (self.re.mailto.test(tail)) {
        return tail.match(self.re.mailto)[0].length;
      }
      return 0;
    }
  }
};
var tlds_2ch_src_re = "a[cdefgilmnoqrstuwxz]|b[abdefghijmnorstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[cegrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdeghklmnopqrstuvwxyz]|n[acefgilopruz]|om|p[aefghklmnrstwy]|qa|r[eosuw]|s[abcdeghijklmnortuvxyz]|t[cdfghjklmnortvwz]|u[agksyz]|v[aceginu]|w[fs]|y[et]|z[amw]";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|\u0440\u0444".split("|");
function createValidator(re) {
  return function(text2, pos) {
    const tail = text2.slice(pos);
    if (re.test(tail)) {
      return tail.match(re)[0].length;
    }
    return 0;
  };
}
function createNormalizer() {
  return function(match2, self) {
    self.normalize(match2);
  };
}
function compile(self) {
  const re = self.re = re_default(self.__opts__);
  const tlds2 = self.__tlds__.slice();
  self.onCompile();
  if (!self.__tlds_replaced__) {
    tlds2.push(tlds_2ch_src_re);
  }
  tlds2.push(re.src_xn);
  re.src_tlds = tlds2.join("|");
  function untpl(tpl) {
    return tpl.replace("%TLDS%", re.src_tlds);
  }
  re.email_fuzzy = RegExp(untpl(re.tpl_email_fuzzy), "i");
  re.email_fuzzy_global = RegExp(untpl(re.tpl_email_fuzzy), "ig");
  re.link_fuzzy = RegExp(untpl(re.tpl_link_fuzzy), "i");
  re.link_fuzzy_global = RegExp(untpl(re.tpl_link_fuzzy), "ig");
  re.link_no_ip_fuzzy = RegExp(untpl(re.tpl_link_no_ip_fuzzy), "i");
  re.link_no_ip_fuzzy_global = RegExp(untpl(re.tpl_link_no_ip_fuzzy), "ig");
  re.host_fuzzy_test = RegExp(untpl(re.tpl_host_fuzzy_test), "i");
  const aliases = [];
  self.__compiled__ = {};
  function schemaError(name, val) {
    throw new Error(`(LinkifyIt) Invalid schema "${name}": ${val}`);
  }
  Object.keys(self.__schemas__).forEach(function(name) {
    const val = self.__schemas__[name];
    if (val === null) {
      return;
    }
    const compiled = { validate: null, link: null };
    self.__compiled__[name] = compiled;
    if (isObject(val)) {
      if (isRegExp(val.validate)) {
        compiled.validate = createValidator(val.validate);
      } else if (isFunction(val.validate)) {
        compiled.validate = val.validate;
      } else {
        schemaError(name, val);
      }
      if (isFunction(val.normalize)) {
        compiled.normalize = val.normalize;
      } else if (!val.normalize) {
        compiled.normalize = createNormalizer();
      } else {
        schemaError(name, val);
      }
      return;
    }
    if (isString2(val)) {
      aliases.push(name);
      return;
    }
    schemaError(name, val);
  });
  aliases.forEach(function(alias) {
    if (!self.__compiled__[self.__schemas__[alias]]) {
      return;
    }
    self.__compiled__[alias].validate = self.__compiled__[self.__schemas__[alias]].validate;
    self.__compiled__[alias].normalize = self.__compiled__[self.__schemas__[alias]].normalize;
  });
  self.__compiled__[""] = { validate: null, normalize: createNormalizer() };
  const slist = Object.keys(self.__compiled__).filter(function(name) {
    return name.length > 0 && self.__compiled__[name];
  }).map(escapeRE2).join("|");
  self.re.schema_test = RegExp(`(^|(?!_)(?:[><\uFF5C]|${re.src_ZPCc}))(${slist})`, "i");
  self.re.schema_search = RegExp(`(^|(?!_)(?:[><\uFF5C]|${re.src_ZPCc}))(${slist})`, "ig");
  self.re.schema_at_start = RegExp(`^${self.re.schema_search.source}`, "i");
  self.re.pretest = RegExp(
    `(${self.re.schema_test.source})|(${self.re.host_fuzzy_test.source})|@`,
    "i"
  );
}
function Match(text2, schema, index, lastIndex) {
  const raw = text2.slice(index, lastIndex);
  this.schema = schema.toLowerCase();
  this.index = index;
  this.lastIndex = lastIndex;
  this.raw = raw;
  this.text = raw;
  this.url = raw;
}
function LinkifyIt(schemas, options) {
  if (!(this instanceof LinkifyIt)) {
    return new LinkifyIt(schemas, options);
  }
  if (!options) {
    if (isOptionsObj(schemas)) {
      options = schemas;
      schemas = {};
    }
  }
  this.__opts__ = assign2({}, defaultOptions, options);
  this.__schemas__ = assign2({}, defaultSchemas, schemas);
  this.__compiled__ = {};
  this.__tlds__ = tlds_default;
  this.__tlds_replaced__ = false;
  this.re = {};
  compile(this);
}
LinkifyIt.prototype.add = function add(schema, definition) {
  this.__schemas__[schema] = definition;
  compile(this);
  return this;
};
LinkifyIt.prototype.set = function set(options) {
  this.__opts__ = assign2(this.__opts__, options);
  return this;
};
LinkifyIt.prototype.test = function test(text2) {
  if (!text2.length) {
    return false;
  }
  let m, re;
  if (this.re.schema_test.test(text2)) {
    re = this.re.schema_search;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      if (this.testSchemaAt(text2, m[2], re.lastIndex)) {
        return true;
      }
    }
  }
  if (this.__opts__.fuzzyLink && this.__compiled__["http:"]) {
    if (text2.search(this.re.host_fuzzy_test) >= 0) {
      if (text2.match(this.__opts__.fuzzyIP ? this.re.link_fuzzy : this.re.link_no_ip_fuzzy) !== null) {
        return true;
      }
    }
  }
  if (this.__opts__.fuzzyEmail && this.__compiled__["mailto:"]) {
    if (text2.indexOf("@") >= 0) {
      if (text2.match(this.re.email_fuzzy) !== null) {
        return true;
      }
    }
  }
  return false;
};
LinkifyIt.prototype.pretest = function pretest(text2) {
  return this.re.pretest.test(text2);
};
LinkifyIt.prototype.testSchemaAt = function testSchemaAt(text2, schema, pos) {
  if (!this.__compiled__[schema.toLowerCase()]) {
    return 0;
  }
  return this.__compiled__[schema.toLowerCase()].validate(text2, pos, this);
};
LinkifyIt.prototype.match = function match(text2) {
  const result = [];
  const type_schemed = [];
  const type_fuzzy_link = [];
  const type_fuzzy_email = [];
  let m, len, re;
  function choose(a, b) {
    if (!a) {
      return b;
    }
    if (!b) {
      return a;
    }
    if (a.index !== b.index) {
      return a.index < b.index ? a : b;
    }
    return a.lastIndex >= b.lastIndex ? a : b;
  }
  if (!text2.length) {
    return null;
  }
  if (this.re.schema_test.test(text2)) {
    re = this.re.schema_search;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      len = this.testSchemaAt(text2, m[2], re.lastIndex);
      if (len) {
        type_schemed.push({
          schema: m[2],
          index: m.index + m[1].length,
          lastIndex: m.index + m[0].length + len
        });
      }
    }
  }
  if (this.__opts__.fuzzyLink && this.__compiled__["http:"]) {
    re = this.__opts__.fuzzyIP ? this.re.link_fuzzy_global : this.re.link_no_ip_fuzzy_global;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      type_fuzzy_link.push({
        schema: "",
        index: m.index + m[1].length,
        lastIndex: m.index + m[0].length
      });
    }
  }
  if (this.__opts__.fuzzyEmail && this.__compiled__["mailto:"]) {
    re = this.re.email_fuzzy_global;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      type_fuzzy_email.push({
        schema: "mailto:",
        index: m.index + m[1].length,
        lastIndex: m.index + m[0].length
      });
    }
  }
  const indexes = [0, 0, 0];
  let lastIndex = 0;
  for (; ; ) {
    const candidates = [
      type_schemed[indexes[0]],
      type_fuzzy_email[indexes[1]],
      type_fuzzy_link[indexes[2]]
    ];
    const candidate = choose(choose(candidates[0], candidates[1]), candidates[2]);
    if (!candidate) {
      break;
    }
    if (candidate === candidates[0]) {
      indexes[0]++;
    } else if (candidate === candidates[1]) {
      indexes[1]++;
    } else {
      indexes[2]++;
    }
    if (candidate.index < lastIndex) {
      continue;
    }
    const match2 = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
    this.__compiled__[match2.schema].normalize(match2, this);
    result.push(match2);
    lastIndex = candidate.lastIndex;
  }
  if (result.length) {
    return result;
  }
  return null;
};
LinkifyIt.prototype.matchAtStart = function matchAtStart(text2) {
  if (!text2.length) return null;
  const m = this.re.schema_at_start.exec(text2);
  if (!m) return null;
  const len = this.testSchemaAt(text2, m[2], m[0].length);
  if (!len) return null;
  const match2 = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
  this.__compiled__[match2.schema].normalize(match2, this);
  return match2;
};
LinkifyIt.prototype.tlds = function tlds(list2, keepOld) {
  list2 = Array.isArray(list2) ? list2 : [list2];
  if (!keepOld) {
    this.__tlds__ = list2.slice();
    this.__tlds_replaced__ = true;
    compile(this);
    return this;
  }
  this.__tlds__ = this.__tlds__.concat(list2).sort().filter(function(el, idx, arr) {
    return el !== arr[idx - 1];
  }).reverse();
  compile(this);
  return this;
};
LinkifyIt.prototype.normalize = function normalize2(match2) {
  if (!match2.schema) {
    match2.url = `http://${match2.url}`;
  }
  if (match2.schema === "mailto:" && !/^mailto:/i.test(match2.url)) {
    match2.url = `mailto:${match2.url}`;
  }
};
LinkifyIt.prototype.onCompile = function onCompile() {
};
var linkify_it_default = LinkifyIt;

// node_modules/markdown-it/lib/index.mjs
var import_punycode = __toESM(require_punycode(), 1);

// node_modules/markdown-it/lib/presets/default.mjs
var default_default = {
  options: {
    // Enable HTML tags in source
    html: false,
    // Use '/' to close single tags (<br />)
    xhtmlOut: false,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "\u201C\u201D\u2018\u2019",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 100
  },
  components: {
    core: {},
    block: {},
    inline: {}
  }
};

// node_modules/markdown-it/lib/presets/zero.mjs
var zero_default = {
  options: {
    // Enable HTML tags in source
    html: false,
    // Use '/' to close single tags (<br />)
    xhtmlOut: false,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "\u201C\u201D\u2018\u2019",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 20
  },
  components: {
    core: {
      rules: [
        "normalize",
        "block",
        "inline",
        "text_join"
      ]
    },
    block: {
      rules: [
        "paragraph"
      ]
    },
    inline: {
      rules: [
        "text"
      ],
      rules2: [
        "balance_pairs",
        "fragments_join"
      ]
    }
  }
};

// node_modules/markdown-it/lib/presets/commonmark.mjs
var commonmark_default = {
  options: {
    // Enable HTML tags in source
    html: true,
    // Use '/' to close single tags (<br />)
    xhtmlOut: true,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "\u201C\u201D\u2018\u2019",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 20
  },
  components: {
    core: {
      rules: [
        "normalize",
        "block",
        "inline",
        "text_join"
      ]
    },
    block: {
      rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ]
    },
    inline: {
      rules: [
        "autolink",
        "backticks",
        "emphasis",
        "entity",
        "escape",
        "html_inline",
        "image",
        "link",
        "newline",
        "text"
      ],
      rules2: [
        "balance_pairs",
        "emphasis",
        "fragments_join"
      ]
    }
  }
};

// node_modules/markdown-it/lib/index.mjs
var config = {
  default: default_default,
  zero: zero_default,
  commonmark: commonmark_default
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
function validateLink(url) {
  const str = url.trim().toLowerCase();
  return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
}
var RECODE_HOSTNAME_FOR = ["http:", "https:", "mailto:"];
function normalizeLink(url) {
  const parsed = parse_default(url, true);
  if (parsed.hostname) {
    if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) {
      try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
  }
  return encode_default(format(parsed));
}
function normalizeLinkText(url) {
  const parsed = parse_default(url, true);
  if (parsed.hostname) {
    if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) {
      try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
  }
  return decode_default(format(parsed), decode_default.defaultChars + "%");
}
function MarkdownIt(presetName, options) {
  if (!(this instanceof MarkdownIt)) {
    return new MarkdownIt(presetName, options);
  }
  if (!options) {
    if (!isString(presetName)) {
      options = presetName || {};
      presetName = "default";
    }
  }
  this.inline = new parser_inline_default();
  this.block = new parser_block_default();
  this.core = new parser_core_default();
  this.renderer = new renderer_default();
  this.linkify = new linkify_it_default();
  this.validateLink = validateLink;
  this.normalizeLink = normalizeLink;
  this.normalizeLinkText = normalizeLinkText;
  this.utils = utils_exports;
  this.helpers = assign({}, helpers_exports);
  this.options = {};
  this.configure(presetName);
  if (options) {
    this.set(options);
  }
}
MarkdownIt.prototype.set = function(options) {
  assign(this.options, options);
  return this;
};
MarkdownIt.prototype.configure = function(presets) {
  const self = this;
  if (isString(presets)) {
    const presetName = presets;
    presets = config[presetName];
    if (!presets) {
      throw new Error('Wrong `markdown-it` preset "' + presetName + '", check name');
    }
  }
  if (!presets) {
    throw new Error("Wrong `markdown-it` preset, can't be empty");
  }
  if (presets.options) {
    self.set(presets.options);
  }
  if (presets.components) {
    Object.keys(presets.components).forEach(function(name) {
      if (presets.components[name].rules) {
        self[name].ruler.enableOnly(presets.components[name].rules);
      }
      if (presets.components[name].rules2) {
        self[name].ruler2.enableOnly(presets.components[name].rules2);
      }
    });
  }
  return this;
};
MarkdownIt.prototype.enable = function(list2, ignoreInvalid) {
  let result = [];
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  ["core", "block", "inline"].forEach(function(chain) {
    result = result.concat(this[chain].ruler.enable(list2, true));
  }, this);
  result = result.concat(this.inline.ruler2.enable(list2, true));
  const missed = list2.filter(function(name) {
    return result.indexOf(name) < 0;
  });
  if (missed.length && !ignoreInvalid) {
    throw new Error("MarkdownIt. Failed to enable unknown rule(s): " + missed);
  }
  return this;
};
MarkdownIt.prototype.disable = function(list2, ignoreInvalid) {
  let result = [];
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  ["core", "block", "inline"].forEach(function(chain) {
    result = result.concat(this[chain].ruler.disable(list2, true));
  }, this);
  result = result.concat(this.inline.ruler2.disable(list2, true));
  const missed = list2.filter(function(name) {
    return result.indexOf(name) < 0;
  });
  if (missed.length && !ignoreInvalid) {
    throw new Error("MarkdownIt. Failed to disable unknown rule(s): " + missed);
  }
  return this;
};
MarkdownIt.prototype.use = function(plugin) {
  const args = [this].concat(Array.prototype.slice.call(arguments, 1));
  plugin.apply(plugin, args);
  return this;
};
MarkdownIt.prototype.parse = function(src, env) {
  if (typeof src !== "string") {
    throw new Error("Input data should be a String");
  }
  const state = new this.core.State(src, this, env);
  this.core.process(state);
  return state.tokens;
};
MarkdownIt.prototype.render = function(src, env) {
  env = env || {};
  return this.renderer.render(this.parse(src, env), this.options, env);
};
MarkdownIt.prototype.parseInline = function(src, env) {
  const state = new this.core.State(src, this, env);
  state.inlineMode = true;
  this.core.process(state);
  return state.tokens;
};
MarkdownIt.prototype.renderInline = function(src, env) {
  env = env || {};
  return this.renderer.render(this.parseInline(src, env), this.options, env);
};
var lib_default = MarkdownIt;

// src/core/parse/markdown.ts
var md = new lib_default({ html: true, linkify: false });
var blockMd = new lib_default({ html: true, linkify: false });
blockMd.core.ruler.disable(["normalize", "inline", "linkify", "replacements", "smartquotes", "text_join"]);
function tokenizeBlocks(text2, env) {
  const src = text2.includes("\r") || text2.includes("\0") ? text2.replace(/\r\n?|\n/g, "\n").replace(/\0/g, "\uFFFD") : text2;
  return blockMd.parse(src, env);
}
function parseInline(content, env) {
  const children = [];
  md.inline.parse(content, md, env, children);
  return children;
}

// src/core/parse/source.ts
var EOL = /\r\n|\r|\n/g;
function splitLines(text2) {
  return text2.split(/\r\n|\r|\n/);
}
function sourceText(text2) {
  const bom = text2.charCodeAt(0) === 65279;
  const body = bom ? text2.slice(1) : text2;
  const lines2 = [];
  const eols = [];
  const counts = { "\r\n": 0, "\n": 0, "\r": 0 };
  let start = 0;
  EOL.lastIndex = 0;
  for (let m = EOL.exec(body); m; m = EOL.exec(body)) {
    lines2.push(body.slice(start, m.index));
    const e = m[0];
    eols.push(e);
    counts[e]++;
    start = m.index + e.length;
  }
  lines2.push(body.slice(start));
  eols.push("");
  let eol = "\n";
  if (counts["\r\n"] > counts["\n"] && counts["\r\n"] >= counts["\r"]) eol = "\r\n";
  else if (counts["\r"] > counts["\n"] && counts["\r"] > counts["\r\n"]) eol = "\r";
  return { lines: lines2, eols, eol, bom };
}
function joinSource(src) {
  let out = src.bom ? "\uFEFF" : "";
  for (let i = 0; i < src.lines.length; i++) out += src.lines[i] + (src.eols[i] ?? "");
  return out;
}

// src/core/parse/words.ts
var ALNUM = /[\p{L}\p{N}]/u;
function countContentWords(content, env) {
  const len = content.length;
  let markers = false;
  let linkable;
  let n = 0;
  let start = -1;
  let alnum = false;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? content.charCodeAt(i) : 32;
    const k = c < 128 ? CLASS[c] : c === 160 ? SEPARATOR : OTHER;
    if (k === WORD) {
      if (start < 0) start = i;
      alnum = true;
      let j = i + 1;
      while (j < len) {
        const d = content.charCodeAt(j);
        if (d >= 128 || CLASS[d] !== WORD) break;
        j++;
      }
      i = j - 1;
      continue;
    }
    if (k === SEPARATOR) {
      if (start >= 0 && alnum && !isUrl(content, start, i)) n++;
      start = -1;
      alnum = false;
      continue;
    }
    if (k === PARSE) return parsedWords(content, env);
    if (k === AMPERSAND) {
      const d = content.charCodeAt(i + 1) | 32;
      if (d === 35 || d >= 97 && d <= 122) return parsedWords(content, env);
    } else if (k === BRACKET) {
      if (linkable === void 0) linkable = env.references !== void 0 || content.includes("](");
      if (linkable) return parsedWords(content, env);
    } else if (k === MARKER) {
      let j = i + 1;
      while (j < len && isMarker(content.charCodeAt(j))) j++;
      if (i > 0 && j < len && !isSeparator(content.charCodeAt(i - 1)) && !isSeparator(content.charCodeAt(j))) return parsedWords(content, env);
      markers = true;
      if (start < 0) start = i;
      i = j - 1;
      continue;
    }
    if (start < 0) start = i;
    if (!alnum && c > 127) alnum = ALNUM.test(content[i]);
  }
  if (markers && (content.includes("://") || WWW.test(content))) return parsedWords(content, env);
  return n;
}
var OTHER = 0;
var WORD = 1;
var SEPARATOR = 2;
var PARSE = 3;
var AMPERSAND = 4;
var BRACKET = 5;
var MARKER = 6;
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ? WORD : c === 32 || c === 9 || c === 10 || c === 13 ? SEPARATOR : c === 92 || c === 96 || c === 60 ? PARSE : c === 38 ? AMPERSAND : c === 91 ? BRACKET : c === 42 || c === 95 || c === 126 ? MARKER : OTHER;
}
var WWW = /www\./i;
function isMarker(c) {
  return c === 42 || c === 95 || c === 126;
}
function isSeparator(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}
function parsedWords(content, env) {
  const children = parseInline(content, env);
  let n = 0;
  let autolink2 = false;
  let run = "";
  let inRun = false;
  for (const c of children) {
    if (c.type === "text" || c.type === "text_special") {
      run = inRun ? run + c.content : c.content;
      inRun = true;
      continue;
    }
    if (inRun && !autolink2) n += countWords(run);
    inRun = false;
    if (c.type === "code_inline") n += countWords(c.content);
    if (c.type === "link_open") autolink2 = c.markup === "autolink" || c.markup === "linkify";
    else if (c.type === "link_close") autolink2 = false;
  }
  if (inRun && !autolink2) n += countWords(run);
  return n;
}
function countWords(text2) {
  let n = 0;
  let start = -1;
  let alnum = false;
  const len = text2.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text2.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      if (start >= 0 && alnum && !isUrl(text2, start, i)) n++;
      start = -1;
      alnum = false;
    } else {
      if (start < 0) start = i;
      if (!alnum) alnum = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 127 && ALNUM.test(text2[i]);
    }
  }
  return n;
}
function isUrl(text2, start, end) {
  if (end - start < 8) return false;
  for (let i = start; i + 3 <= end; i++) {
    if (text2.charCodeAt(i) === 58 && text2.charCodeAt(i + 1) === 47 && text2.charCodeAt(i + 2) === 47) return true;
  }
  return (text2.charCodeAt(start) | 32) === 119 && (text2.charCodeAt(start + 1) | 32) === 119 && (text2.charCodeAt(start + 2) | 32) === 119 && text2.charCodeAt(start + 3) === 46;
}
var TAG = /<\/?[A-Za-z][^<>]*>|<!--[^]*?-->|<!--.*$|^.*?-->/g;
function htmlText(line) {
  return line.includes("<") || line.includes(">") ? line.replace(TAG, " ") : line;
}

// src/core/parse/index.ts
var MARKER2 = /<!--\s*postmortem\s*:\s*([A-Za-z0-9][\w.-]*)\s*-->/i;
function parseText(text2) {
  const source = sourceText(text2);
  const lines2 = source.lines;
  const lineCount = lines2.length;
  const fm = readFrontMatter(lines2);
  const kinds = new Uint8Array(lineCount);
  const depthOf = new Uint8Array(lineCount);
  const quoteOf = new Uint8Array(lineCount);
  if (fm) kinds.fill(4 /* Front */, 0, fm.end);
  const body = fm ? lines2.map((l, i) => i < fm.end ? "" : l).join("\n") : lines2.join("\n");
  const env = {};
  const tokens = tokenizeBlocks(body, env);
  const blocks = [];
  const mermaid = [];
  let words = 0, depth = 0, quote = 0;
  let hint = fm?.data["template"];
  const mark = (map, kind) => {
    for (let n = map[0]; n < map[1] && n < lineCount; n++) {
      if (kind === 1 /* Text */ && isBlankLine(lines2[n])) continue;
      kinds[n] = kind;
      if (depth > depthOf[n]) depthOf[n] = depth;
      if (quote > quoteOf[n]) quoteOf[n] = quote;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    switch (t.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        depth++;
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        depth--;
        break;
      case "blockquote_open":
        quote++;
        break;
      case "blockquote_close":
        quote--;
        break;
      case "inline":
        words += countContentWords(t.content, env);
        break;
      case "list_item_open":
        if (map) blocks.push({ kind: "item", startLine: map[0], endLine: map[1], depth, quote, token: i, style: t.markup === "." || t.markup === ")" ? "ordered" : "bullet" });
        break;
      case "table_open":
        if (map) {
          blocks.push({ kind: "table", startLine: map[0], endLine: map[1], depth, quote, token: i });
          mark(map, 1 /* Text */);
        }
        break;
      case "hr":
        if (map) blocks.push({ kind: "hr", startLine: map[0], endLine: map[1], depth, quote, token: i });
        break;
      case "heading_open":
        if (map) {
          blocks.push({
            kind: "heading",
            startLine: map[0],
            endLine: map[1],
            depth,
            quote,
            token: i,
            level: Number(t.tag.slice(1)),
            style: t.markup === "=" || t.markup === "-" ? "setext" : "atx",
            content: tokens[i + 1]?.content ?? ""
          });
          mark(map, 1 /* Text */);
        }
        break;
      case "paragraph_open":
        if (map) {
          blocks.push({ kind: "paragraph", startLine: map[0], endLine: map[1], depth, quote, token: i, content: tokens[i + 1]?.content ?? "" });
          mark(map, 1 /* Text */);
        }
        break;
      case "fence":
      case "code_block":
        if (!map) break;
        if (t.type === "code_block" && readsAsProse(t.content)) {
          words += countWords(t.content);
          blocks.push({ kind: "paragraph", startLine: map[0], endLine: map[1], depth, quote, token: i, style: "indented", content: t.content });
          mark(map, 1 /* Text */);
          break;
        }
        blocks.push({ kind: "code", startLine: map[0], endLine: map[1], depth, quote, token: i, style: t.type === "fence" ? "fence" : "indented" });
        mark(map, 2 /* Code */);
        if (t.type === "fence" && /^mermaid\b/i.test(t.info.trim())) mermaid.push({ startLine: map[0], endLine: map[1], source: t.content });
        break;
      case "html_block": {
        if (!map) break;
        blocks.push({ kind: "html", startLine: map[0], endLine: map[1], depth, quote, token: i });
        if (!hint) hint = MARKER2.exec(t.content)?.[1];
        const comment2 = /^\s*<!--/.test(t.content) && /-->\s*$/.test(t.content);
        for (let n = map[0]; n < map[1] && n < lineCount; n++) {
          const visible = comment2 ? "" : htmlText(lines2[n]);
          kinds[n] = visible.trim() === "" ? isBlankLine(lines2[n]) ? 0 /* Blank */ : 3 /* Markup */ : 1 /* Text */;
          if (depth > depthOf[n]) depthOf[n] = depth;
          if (quote > quoteOf[n]) quoteOf[n] = quote;
          if (!comment2) words += countWords(visible);
        }
        break;
      }
      default:
        break;
    }
  }
  const out = {
    source,
    lines: lines2,
    lineCount,
    tokens,
    blocks,
    kinds,
    depth: depthOf,
    quote: quoteOf,
    mermaid,
    words,
    env,
    ...fm ? { frontMatter: fm } : {},
    ...hint ? { templateHint: hint } : {}
  };
  return out;
}
function isBlankLine(line) {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160 && c !== 65279) return false;
  }
  return true;
}
var CODE_LINE = /[{};=<>$\\|]\s*$|^\s*(?:\$|#!|sudo\b|cd\b|ls\b|cat\b|curl\b|git\b|npm\b|apt(?:-get)?\b|docker\b|systemctl\b|service\b|echo\b|import\b|def\b|function\b|return\b|const\b|let\b|var\b|class\b|if\s*\(|for\s*\(|[/#]|\/\/)/;
function readsAsProse(content) {
  const lines2 = content.split("\n").filter((l) => l.trim() !== "");
  if (!lines2.length) return false;
  let wordsSeen = 0, letters = 0, symbols = 0, codeLines = 0;
  for (const l of lines2) {
    if (CODE_LINE.test(l)) codeLines++;
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 127) letters++;
      else if (c === 123 || c === 125 || c === 59 || c === 61 || c === 60 || c === 62 || c === 36 || c === 92 || c === 124) symbols++;
    }
    wordsSeen += countWords(l);
  }
  return wordsSeen >= 5 && codeLines * 3 <= lines2.length && symbols * 20 <= letters && /^\s*[\p{L}\d*(_"'“]/u.test(lines2[0]);
}

// src/core/outline/normalize.ts
var STOP_WORDS = /* @__PURE__ */ new Set(["the", "of", "a", "an", "our", "and", "for", "to", "in", "on", "my", "this", "incident", "outage"]);
function cleanTitle(raw) {
  const t = stripInline(raw.length > 400 ? raw.slice(0, 400) : raw);
  let end = t.length;
  while (end > 0 && TRAILING.has(t.charCodeAt(end - 1))) end--;
  return t.slice(0, end).trim();
}
var TRAILING = /* @__PURE__ */ new Set([32, 9, 58, 46, 45, 8211, 8212, 44, 59, 33, 35, 160]);
function stripInline(raw) {
  let out = "";
  let run = -1;
  let space = false;
  const len = raw.length;
  const flush = (i) => {
    if (run >= 0) {
      out += raw.slice(run, i);
      run = -1;
    }
  };
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    let skipTo = -1;
    let gap = false;
    if (c === 60) {
      let j = i + 1;
      while (j < len && raw.charCodeAt(j) !== 62 && raw.charCodeAt(j) !== 60) j++;
      if (j < len && raw.charCodeAt(j) === 62 && j > i + 1) [skipTo, gap] = [j + 1, true];
    } else if (c === 93 && raw.charCodeAt(i + 1) === 40) {
      let j = i + 2;
      while (j < len && raw.charCodeAt(j) !== 41 && raw.charCodeAt(j) !== 40) j++;
      if (j < len && raw.charCodeAt(j) === 41) skipTo = j + 1;
    }
    if (skipTo < 0) {
      if (c === 42 || c === 95 || c === 96 || c === 126 || c === 91 || c === 93 || c === 33 && raw.charCodeAt(i + 1) === 91) skipTo = i + 1;
      else if (c <= 32 || c === 160) [skipTo, gap] = [i + 1, true];
      else if (c >= 55296 && c <= 56319) {
        if (isDecoration(raw.codePointAt(i))) skipTo = i + 2;
      } else if (c >= 8192 && isDecoration(c)) skipTo = i + 1;
    }
    if (skipTo >= 0) {
      flush(i);
      if (gap && out.length) space = true;
      i = skipTo - 1;
      continue;
    }
    if (run < 0) {
      if (space) out += " ";
      space = false;
      run = i;
    }
    if (c >= 55296 && c <= 56319) i++;
  }
  flush(len);
  return out;
}
function isDecoration(cp) {
  return cp === 65039 || cp === 8205 || cp === 8419 || cp >= 127462 && cp <= 127487 || PICTOGRAPHIC.test(String.fromCodePoint(cp));
}
var PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
function headingKey(text2) {
  if (text2.length > 200) text2 = text2.slice(0, 200);
  return text2.toLowerCase().replace(/\([^()]*\)?/g, " ").replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^(?:\d+|[ivx]+(?= ))\s+/, "").replace(/^(?:part|step|section) \d+\s*/, "");
}
function core(key) {
  return key.split(" ").filter((w) => !STOP_WORDS.has(w)).join(" ");
}
var rowA = new Int32Array(64);
var rowB = new Int32Array(64);
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let prev = rowA, cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1, ins = cur[j - 1] + 1;
      const v = sub < del ? sub < ins ? sub : ins : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
function tolerance(len) {
  return len < 5 ? 0 : len < 9 ? 1 : len < 16 ? 2 : 3;
}
function toKey(text2) {
  const bag = new Uint8Array(37);
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    const slot = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36;
    if (bag[slot] < 255) bag[slot]++;
  }
  return { text: text2, core: core(text2), padded: ` ${text2} `, bag };
}
function bagDistance(a, b) {
  let d = 0;
  for (let i = 0; i < 37; i++) d += Math.abs(a[i] - b[i]);
  return d >> 1;
}
function similarity(a, b) {
  const key = typeof a === "string" ? toKey(a) : a;
  const alias = typeof b === "string" ? toKey(b) : b;
  if (!key.text || !alias.text) return 0;
  if (key.text === alias.text) return 1;
  const ck = key.core, ca = alias.core;
  if (ck && ck === ca) return 0.95;
  const tol = tolerance(alias.text.length);
  if (tol > 0 && Math.abs(key.text.length - alias.text.length) <= tol && bagDistance(key.bag, alias.bag) <= tol) {
    const d = editDistance(key.text, alias.text, tol);
    if (d <= tol) return 0.9 - 0.02 * d;
  }
  if (tol > 0) {
    if (ck && ca && ca !== alias.text && Math.abs(ck.length - ca.length) <= tolerance(ca.length)) {
      const dc = editDistance(ck, ca, tolerance(ca.length));
      if (dc <= tolerance(ca.length)) return 0.88 - 0.02 * dc;
    }
  }
  if (key.text.startsWith(alias.text) && key.text.charCodeAt(alias.text.length) === 32) return 0.8;
  if (alias.text.length >= 6 && key.padded.includes(alias.padded)) return 0.72;
  return 0;
}
function bestSimilarity(key, keys) {
  const k = typeof key === "string" ? toKey(key) : key;
  let best = 0;
  for (const other of keys) if ((best = Math.max(best, similarity(k, other))) === 1) break;
  return best;
}
var MATCH_THRESHOLD = 0.7;

// src/core/story/phases.ts
var ALERT = /\b(?:alerts?|alarms?|pager\s?duty|opsgenie|monitor(?:ing|s)?|datadog|grafana|new relic|nagios|prometheus|sentry|uptime ?robot|health ?checks?|dashboards?|notifications?)\b/;
var NOTICE = /\b(?:detect\w*|notic\w*|spotted|observ\w*|realiz\w*|realis\w*|discovers? (?:the )?(?:outage|issue|problem|error)|reported|reporting|(?<!news )reports? (?:of|that|from)|paged|pages (?:the|an?)\b|(?:users?|customers?|clients?|teachers?|people) (?:\w+ )?reports?|complain\w*|flagged|triggered|fired|screamed|went off|first (?:sign|report|identified|noticed)|(?:issue|problem|outage|error|fault)s? (?:was |were )?(?:first )?(?:detected|identified|noticed|discovered|reported|observed|realized)|(?:receiv(?:e|es|ed|ing)|gets?|got) (?:an? |the )?(?:\w+ ){0,2}(?:alerts?|notifications?|pages?|pager|calls?|reports?)|exclaimed|alerted (?:us|me|the team|the engineers?)\b|(?:identified|noticed|spotted|discovered|found|reported) by)\b/;
var SYMPTOM = /\b(?:errors?|5\d\d|down|outage|unavailable|unreachable|unresponsive|failing|fail(?:ed|ure)s?|slow\w*|latency|time-?outs?|timed out|unable|cannot|can't|could not|couldn't|crash\w*|spike\w*|not (?:loading|responding|working|accessible)|inaccessible|broken|impossib\w*|permission denied)\b/;
var REPORT_ONLY = /\b(?:(?:more|other|further|additional|several)\s+(?:\w+\s+)?(?:users?|customers?|reports?|complaints?)|complaints? (?:began|started|continued|arriv\w*|poured)|users? (?:began|started|continued) (?:to )?report\w*|reported similar)\b/;
var INVESTIGATE = /\b(?:investigat\w*|check\w*|look\w* (?:at|into|through|in)|looked|review\w*|analy[sz]\w*|debug\w*|inspect\w*|examin\w*|diagnos\w*|trac(?:ed|ing)|strace|curl\w*|ran|running|run|test\w*|verif\w*|confirm\w*|identif\w*|found|find|finds|discover\w*|reveal\w*|determin\w*|search\w*|queried|logs?|deep dive|dig\w*|explor\w*|research\w*|pinpoint\w*|narrow\w*|diagnostics|triage\w*|studied|scann\w*|ping\w*|logged (?:in|into|onto)|read\w*|crawl\w*|follow\w* (?:multiple |several )?tutorials|trying to identify|stares?)\b/;
var FOUND = /\b(?:identified|found|discovered|revealed|realized|realised|determined|pinpointed|traced|confirmed|exposed|spotted|caught|located)\b[^.]{0,80}\b(?:cause|culprit|typo|misconfigur\w*|bug|expired|responsible|leak|wrong|incorrect|misspel\w*|missing|bottleneck|fault\w*|problem was|issue was|error in|attack|ddos|hardware failure|mistake)|\b(?:root cause|cause|culprit) (?:was )?(?:identified|found|confirmed|determined|discovered|revealed)|\broot cause\b[^.]{0,20}:/;
var FINDING = /\b(?:identified|found|finds|find|discovered|discovers|revealed|revealing|reveals|realized|realised|determined|pinpointed|traced|exposed|spotted|caught|located|showed|shows|showing|indicated|indicating)\b(?! (?:no|nothing|none)\b)(?! that (?:there (?:was|were) no|everything))/;
var HYPOTHESIS = /\b(?:mislead\w*|misled|red herring|assum\w*|suspect\w*|suspicion|initial (?:theory|hypothesis)|theory|hypothes\w*|thought (?:it|that|the)|believ\w*|initial\w* (?:investigation |focus\w* |efforts? )?(?:focus\w*|concentrat\w*|centred|centered)|(?:attention|focus) (?:was |initially )?(?:on|shifted)|focus(?:ed|ing)? on (?:a |the )?(?:potential|possible)|consider\w* (?:a |the )?(?:potential|possible)|(?:focus|attention) (?:\w+ )?(?:to|on|towards) (?:a |the )?(?:potential|possible)|(?:potential|possible) (?:\w+ ){0,3}(?:was|were) considered|in case|wrong (?:path|lead|direction|track))\b/;
var DEAD = /\b(?:dead[- ]end|false (?:lead|alarm|trail|positive)|not the (?:cause|culprit|issue|problem)|did(?:n't| not) (?:help|fix|work|resolve|solve|yield|reveal|give)|(?:issue|problem|error|outage)s? (?:still |remained |was still )?persist\w*|(?:still|remained) (?:there|failing|down|broken|present|unstable|occurring)|issue still|ineffective|unsuccessful\w*|to no avail|in vain|without (?:success|luck|effect)|unhelpful|no useful|wasn't the|was not the|turned out (?:not|to be (?:unrelated|fine|normal))|still broken|unable to (?:renew|fix|resolve|restore)|(?:were|was) unable to|(?:attention|focus|investigation) (?:\w+ )?shift\w*|shift\w* (?:my |our |their |the )?(?:focus|attention) )\b/;
var CLEAN = /\b(?:no (?:\w+ ){0,2}(?:issues?|anomal\w*|abnormal\w*|evidence|problems?|errors?|spike)|found nothing|nothing (?:wrong|unusual|suspicious|useful)|(?:looks?|looked|seemed|appeared) (?:innocent|fine|normal|ok|okay|healthy)|innocent|shows? (?:its|it's|it is) ok|(?:confirm\w*|showed|shows) (?:normal|healthy)|normal operation|ruled out|rule out|were (?:properly )?running|was (?:properly )?running|(?:is|was|were) fine)\b/;
var ESCALATE = /\b(?:escalat(?:ed|e|es|ion)|escalating (?:to|the (?:incident|issue))|paged|page[ds]? (?:the|an?|our)|notif(?:ied|y|ying)|alerted|contacted|informed|called in|called|calls|brought in|looped in|pulled in|summoned|handed (?:over|off)|hand(?:ed)?[- ]?off|handled by|reached out|engaged|involved|assigned|arrived|joined|took (?:over|control)|stepped in|raced to|ticket (?:was )?(?:opened|raised|filed|created)|opened (?:a|an) (?:ticket|incident)|cavalry|received (?:a |an )?notification|incident commander|declares? (?:an? |the )?incident|sought help|asked (?:for help|the)|consult\w*)\b/;
var AGENT = /\b(?:team|teams|engineers?|admin\w*|developers?|devs?|managers?|lead|leads|leaders?|supervisor\w*|on-?call|dba|dbas|sre|sres|devops|ops|operations|vendor|support|authority|provider|experts?|colleagues?|cto|ceo|noc|security|network|networking|backend|back-end|frontend|infrastructure|staff|specialists?|sysadmins?|administrators?|school|customer success|we|us|he|she|they|I|[A-Z][a-z]+)\b/;
var ACT = /\b(?:roll(?:ed|ing)? ?back|rolled-back|revert(?:ed|ing)|restart(?:ed|ing|s)?|reboot(?:ed|ing)?|reload(?:ed|ing|s)?|failed over|failing over|scal(?:ed|ing) (?:up|out)|scaling measures|spinning up|patch(?:ed|ing)|hot-?fix(?:ed|es)?|fix(?:ed|es|ing)?|deploy(?:ed|ing)|applied|applying|workaround|redeploy\w*|replac(?:ed|ing)|increas(?:ed|ing)|freed|clear(?:ed|ing)|flush(?:ed|ing)|disabl(?:ed|ing)|re-?enabl(?:ed|ing)|reconfigur(?:ed|ing)|chang(?:ed|ing)|change (?:all|the|it|them|to)|updat(?:ed|ing)|corrected|correcting|implement(?:ed|ing)|renew(?:ed|ing)|kill(?:ed|ing|s)?|stopp(?:ed|ing)|install(?:ed|ing)|purchas(?:ed|ing)|re-?rout(?:ed|ing)|redistribut(?:ed|ing)|rebalanc(?:ed|ing)|mitigat(?:ed|ing|ion)|manifest|puppet|chown|chmod|removed|removing|renam(?:ed|ing)|adjust(?:ed|ing)|optimi[sz](?:ed|ing)|powers? (?:the )?(?:\w+ )?back on|powered (?:\w+ ){0,2}(?:back )?on|added|adding|disconnected|channell?ed|tuned|fine-tuning|manually (?:distribut|renew|redistribut)\w*|resolv(?:ed|ing)|generated|dumped|restor(?:e|ing)|migrat(?:ed|ing)|upgrad(?:ed|ing)|executed?|execute|edited|modified|re-?index\w*|swapped|terminated|blocked|filtered|enabled (?:the|it|them|a|an)|set up|configured|allocated|cleaned|opted|rewrote|rebuilt|provisioned)\b/;
var INVESTIGATED = /\b(?:check(?:ed|ing|s)?|investigat(?:ed|ing|es)|review(?:ed|ing|s)|look(?:ed|ing) (?:at|into|through)|examin(?:ed|ing|es)|inspect(?:ed|ing|s)|analy[sz](?:ed|ing|es)|debugg(?:ed|ing)|ran|runs? (?:a|the)|verif(?:ied|ying|ies)|trac(?:ed|ing)|diagnos(?:ed|ing)|tested|testing)\b/;
var BLIND_ACT = /\b(?:restart\w*|reboot\w*|reload\w*|roll(?:ed|ing)? ?back|rollbacks?|revert\w*|clear\w* (?:\w+ )?cache|cleaned (?:his |her |their |the )?(?:[\w']+ ){0,2}cache|flush\w*)\b/;
var PROBE_ACT = /\b(?:to log|logging|log reporting|error logs?|verbose|debug(?:ging)? (?:mode|output|level)|to (?:debug|investigate|diagnose|check|see|find|gather|trace|capture|reproduce|test)|in order to (?:debug|investigate|diagnose|find)|check\w* (?:that|if|whether) [^.]{0,60}\bby \w+ing)\b/;
var STRONG_RESTORED = /\b(?:fully|full (?:\w+ )?(?:restoration|recovery|service|functionality)|all clear|incident (?:was )?(?:officially )?(?:closed|resolved|over)|closed the incident|back to normal|returned to normal)\b/;
var RESTORED = /\b(?:resolved|resolution|fully (?:restored|recovered|operational|functional|back|online)|full (?:\w+ )?(?:restoration|recovery|service|functionality)|back to normal|returned to normal|normal (?:operations?|service|running|performance)|all clear|incident (?:was )?(?:officially )?(?:closed|resolved|ended|over|mitigated)|closed the incident|restored|recovered|recover(?:y|ing)|back (?:online|up|in business|to work)|is live|operational|up and running|200 (?:ok|status|response)|a-ok|working (?:again|normally|properly|as expected|fine)|running (?:normally|smoothly|fine)|stabili[sz]\w*|normali[sz]\w*|resumed|solved|victorious|mission accomplished|handling (?:user )?traffic smoothly|(?:service|site|website|system|api|server|platform|application|app)s? (?:was|were|is|are) (?:back|up|available)|can access|able to (?:access|connect|load|use)|successfully (?:connected|accessed|loaded)|confirm\w* (?:the )?(?:fix|resolution|stability|stable|successful)|saved the day)\b/;
var PARTIAL = /\b(?:began to|begin to|started to|starting to|beginning to|partial\w*|gradual\w*|intermittent\w*|decreas\w*|fewer|reduc\w*|continu\w* (?:to )?monitor\w*|monitoring continued|began recover\w*|still (?:unstable|degraded)|begins?\b|one problem is fixed)\b/;
var ONSET = /\b(?:(?:outage|incident|issue|problem|downtime|disruption|failure)s? (?:begins|began|starts|started|occurred|hit)|(?:configuration|config|code|update|deployment|deploy|release|migration|upgrade|change|push|rollout|maintenance|job)\b[^.]{0,40}\b(?:begins|began|starts|started|deployed|pushed|rolled out|released|went live|kicked off)|(?:were|was) (?:upgraded|deployed|released|migrated|rolled out)|sitewide update|surge|spike in (?:user )?traffic|traffic (?:amount )?(?:increased|rises|rose|surged|spiked)|brought (?:a |the )?\w+ into|accidentally|child|went live)\b/;
var POST = /\b(?:postmortem|post-mortem|retro\w*|lessons learned|follow-?up|prevent future|to automate (?:the )?fix\w*|automate fixing|documentation|documented|wrote (?:a |the )?(?:puppet|script|manifest)|created (?:a )?(?:puppet|script|manifest))\b/;
var CLOSURE = /\b(?:incident (?:was )?(?:officially )?closed|closed the incident|declared (?:fully )?(?:resolved|operational)|all clear|confirm\w* (?:system |the )?stab\w*|final checks?)\b/;
var SIDE = /\b(?:coffee|cookies?|snack|nap|lunch|dinner|pizza|sleep\w*|celebrat\w*|high fives?)\b/;
var MONITORING = /\b(?:monitor\w*|alert\w*|alarm|pager\w*|paged|datadog|grafana|prometheus|nagios|new relic|sentry|health ?check|dashboard|uptime)\b/i;
var CUSTOMER = /\b(?:customers?|users?|clients?|complain\w*|support tickets?|tweets?|twitter|teachers?|students?)\b/i;
var ENGINEER = /\b(?:engineers?|engineering|developers?|staff|team|sysadmins?|admins?|someone|we|i|intern|tester|(?:routine |manual |internal )?test(?:s|ing)?|(?:identified|noticed|spotted|discovered|found|reported) by [A-Z][a-z]+)\b/i;
function cuesOf(e) {
  const t = `${e.text} ${e.detail ?? ""}`.slice(0, 2e3);
  const lower = t.toLowerCase();
  const escalateAt = ESCALATE.exec(lower);
  const escalate = !!escalateAt && (/escalat|handed|hand-?off|cavalry|arrived|stepped in|raced to|joined|took (?:over|control)|handled by|incident commander|declare/.test(escalateAt[0]) || AGENT.test(t));
  const blind = BLIND_ACT.exec(lower);
  const inv = INVESTIGATE.exec(lower);
  return {
    alert: ALERT.test(lower),
    notice: NOTICE.test(lower),
    symptom: SYMPTOM.test(lower),
    reportOnly: REPORT_ONLY.test(lower),
    investigate: !!inv,
    found: FOUND.test(lower),
    finding: FINDING.test(lower),
    hypothesis: HYPOTHESIS.test(lower),
    dead: DEAD.test(lower),
    clean: CLEAN.test(lower),
    escalate,
    act: ACT.test(lower),
    blindAct: !!blind,
    probe: PROBE_ACT.test(lower),
    restored: RESTORED.test(lower),
    strong: STRONG_RESTORED.test(lower),
    partial: PARTIAL.test(lower),
    onset: ONSET.test(lower),
    postIncident: POST.test(lower),
    closure: CLOSURE.test(lower),
    monitorOnly: /^\W*(?:\w+\s+){0,2}(?:monitored|monitoring|watched)\b/.test(lower) && !ACT.test(lower),
    blindFirst: !!blind && (!inv || blind.index < inv.index),
    begins: /\b(?:begins|began|starts|started|initiated)\b/.test(lower) && !/\b(?:completed|done|finished)\b/.test(lower)
  };
}
function actInFinding(text2) {
  const f = FINDING.exec(text2);
  const a = ACT.exec(text2);
  if (!f || !a || a.index < f.index) return false;
  const between = text2.slice(f.index + f[0].length, a.index);
  return !/[.;!?]|\b(?:and|then|so|before|after)\b|,/.test(between);
}
var STOP = /* @__PURE__ */ new Set(["the", "and", "was", "were", "with", "that", "this", "from", "into", "for", "issue", "issues", "problem", "problems", "potential", "possible", "initial", "investigation", "team", "engineers", "engineer", "recent", "server", "servers", "service", "services", "system", "systems", "error", "errors", "check", "checked", "found", "there", "their", "which", "cause", "root", "assumed", "assumption", "suspected", "suspecting", "began", "started", "focused", "focusing"]);
function contentWords(text2) {
  return (text2.match(/[a-z][a-z0-9-]{3,}/g) ?? []).filter((w) => !STOP.has(w));
}
function detectionMethod(text2) {
  if (MONITORING.test(text2)) return "monitoring";
  if (CUSTOMER.test(text2)) return "customer";
  if (ENGINEER.test(text2)) return "engineer";
  return void 0;
}
var INITIAL_PAGE = /\b(?:(?:was|were|got|been|being) (?:\w+ )?(?:notified|alerted|paged)|(?:notified|alerted|paged)(?=\s*(?:and|,|\.|;|$))|received (?:a |an )?notification|ticket (?:was )?(?:opened|raised|filed|created)|opened (?:a|an) ticket)/i;
var HAND_OFF = /\b(?:escalat\w*|handed|hand-?off|contacted|informed|called in|brought in|looped in|pulled in|summoned|reached out|involv\w*|arrived|took (?:over|control)|stepped in)\b/i;
function isInitialPage(entries, phases, i) {
  const detection = phases.indexOf("detection");
  if (detection < 0 || phases[i] !== "escalation") return false;
  let prev = i - 1;
  while (prev > detection && phases[prev] === "detection") prev--;
  const text2 = `${entries[i].text} ${entries[i].detail ?? ""}`;
  return prev === detection && INITIAL_PAGE.test(text2) && !HAND_OFF.test(text2);
}
function classifyTimeline(entries) {
  const cues = entries.map(cuesOf);
  const n = entries.length;
  const phases = new Array(n).fill("other");
  if (n === 0) return phases;
  let detection = -1;
  for (let i = 0; i < n; i++) {
    const c = cues[i];
    if ((c.notice || c.alert && (c.symptom || /\b(?:indicat|show|report|trigger|fire|detect)\w*/.test(entries[i].text.toLowerCase()))) && !c.reportOnly) {
      detection = i;
      break;
    }
    if (c.symptom && !c.act && !c.investigate && !c.escalate && !c.onset && !c.hypothesis) {
      detection = i;
      break;
    }
    if (INVESTIGATED.test(entries[i].text.toLowerCase()) || c.escalate || c.hypothesis) break;
  }
  let resolution = -1;
  for (let i = n - 1; i > detection; i--) {
    const c = cues[i];
    if (c.restored && (!c.partial || c.strong) || c.closure) {
      resolution = i;
      break;
    }
  }
  if (resolution < 0) {
    for (let i = n - 1; i > detection; i--) {
      const c = cues[i];
      if (c.act && !c.dead) {
        resolution = i;
        break;
      }
      if (c.postIncident || SIDE.test(entries[i].text.toLowerCase())) continue;
      break;
    }
  }
  const causeFound = cues.findIndex((c, i) => i > detection && c.found);
  const suspects = /* @__PURE__ */ new Set();
  const tried = (i) => {
    let j = i + 1;
    while (j < n && cues[j].blindAct && !cues[j].restored && !cues[j].partial) j++;
    const next = cues[j];
    return !!next && !next.restored && !next.partial && !next.act && (next.investigate || next.escalate || next.hypothesis || next.finding);
  };
  for (let i = 0; i < n; i++) {
    const c = cues[i];
    const text2 = `${entries[i].text} ${entries[i].detail ?? ""}`.toLowerCase();
    const words = contentWords(text2);
    const wasSuspect = words.some((w) => suspects.has(w));
    if (c.hypothesis) for (const w of words) suspects.add(w);
    if (i === detection) {
      phases[i] = "detection";
      continue;
    }
    if (i === resolution) {
      phases[i] = "resolution";
      continue;
    }
    if (detection >= 0 && i < detection || detection < 0 && c.onset && phases.slice(0, i).every((p) => p === "other")) {
      phases[i] = INVESTIGATED.test(text2) && !c.onset ? "investigation" : "other";
      continue;
    }
    if (resolution >= 0 && i > resolution) {
      phases[i] = "other";
      continue;
    }
    if (i === detection + 1 && detection >= 0 && ((c.notice || c.alert) && !c.investigate && !c.act && !c.escalate && !c.reportOnly && /\bdetect|\balert/.test(text2) || /^\W*how\b.{0,40}\bdetected\b/.test(text2))) {
      phases[i] = "detection";
      continue;
    }
    if (c.escalate && !c.reportOnly) {
      phases[i] = "escalation";
      continue;
    }
    if (c.reportOnly) {
      phases[i] = "other";
      continue;
    }
    if (SIDE.test(text2) && !c.act && !c.found && !c.investigate) {
      phases[i] = "other";
      continue;
    }
    if (c.dead) {
      phases[i] = c.finding && !c.hypothesis && !/shift/.test(text2) ? "investigation" : "misleading";
      continue;
    }
    if (c.clean && !c.act) {
      phases[i] = c.hypothesis || wasSuspect ? "misleading" : "investigation";
      continue;
    }
    if (c.restored || c.act && !c.hypothesis && !c.probe) {
      if (c.blindAct && c.blindFirst && !c.restored && !c.partial && (causeFound < 0 || i < causeFound) && tried(i)) {
        phases[i] = "misleading";
        continue;
      }
      if (c.act && !c.restored && (c.found || c.finding) && (c.begins || actInFinding(text2))) {
        phases[i] = "investigation";
        continue;
      }
      phases[i] = "mitigation";
      continue;
    }
    if (c.hypothesis || c.blindAct && causeFound >= 0 && i < causeFound) {
      phases[i] = "misleading";
      continue;
    }
    if (c.monitorOnly) {
      phases[i] = "other";
      continue;
    }
    if (c.investigate || c.found || c.finding || c.notice || c.symptom || c.probe) {
      phases[i] = "investigation";
      continue;
    }
    phases[i] = c.onset ? "other" : detection >= 0 ? "investigation" : "other";
  }
  return phases;
}

// src/core/time/order.ts
var DAY = 1440;
var MAX_OVERNIGHT_GAP = 8 * 60;
function dayMinutes(d) {
  return Date.UTC(d.year ?? 2e3, d.month - 1, d.day) / 6e4;
}
function orderKeys(entries, fallbackZone) {
  const keys = [];
  let rollover = false;
  let day = 0;
  let prev;
  let lastDate;
  for (const e of entries) {
    const t = e.time;
    if (!t || !t.valid) {
      keys.push(void 0);
      continue;
    }
    const date = t.date ?? e.date;
    const offset = t.zone?.offsetMinutes ?? fallbackZone?.offsetMinutes ?? 0;
    const clock2 = t.hour * 60 + t.minute + (t.second ?? 0) / 60;
    let key;
    if (date) {
      if (!lastDate || !sameDay(date, lastDate)) day = 0;
      lastDate = date;
      key = dayMinutes(date) + clock2 - offset + day * DAY;
    } else {
      const base = lastDate ? dayMinutes(lastDate) : 0;
      key = base + clock2 - offset + day * DAY;
      if (prev && !prev.dated && key < prev.key) {
        const forward = clock2 + DAY - prev.clock;
        if (prev.clock >= 18 * 60 && clock2 < 6 * 60 && forward <= MAX_OVERNIGHT_GAP) {
          day++;
          key += DAY;
          rollover = true;
        }
      }
    }
    keys.push(key);
    prev = { key, clock: clock2, dated: !!date };
  }
  return { keys, rollover };
}
function sameDay(a, b) {
  return a.month === b.month && a.day === b.day && (a.year === void 0 || b.year === void 0 || a.year === b.year);
}

// src/core/time/zones.ts
var ZONE_ABBREVIATIONS = {
  UTC: 0,
  GMT: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  WAT: 60,
  CAT: 120,
  EAT: 180,
  SAST: 120,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  AWST: 480,
  NZST: 720,
  NZDT: 780,
  JST: 540,
  KST: 540,
  SGT: 480,
  HKT: 480,
  PHT: 480,
  WIB: 420,
  ICT: 420,
  PKT: 300,
  NPT: 345,
  GST: 240,
  ART: -180,
  BRT: -180,
  CLT: -240,
  COT: -300,
  PET: -300,
  AST: -240,
  ADT: -180,
  NST: -210,
  MEZ: 60,
  MESZ: 120,
  PT: "America/Los_Angeles",
  ET: "America/New_York",
  CT: "America/Chicago",
  MT: "America/Denver"
};
var ZONE_LONG_NAMES = {
  "coordinated universal time": "UTC",
  "universal time": "UTC",
  "greenwich mean time": "GMT",
  "west african time": "WAT",
  "west africa time": "WAT",
  "east african time": "EAT",
  "east africa time": "EAT",
  "central african time": "CAT",
  "central africa time": "CAT",
  "south african standard time": "SAST",
  "south africa standard time": "SAST",
  "eastern standard time": "EST",
  "eastern daylight time": "EDT",
  "eastern time": "ET",
  "central standard time": "CST",
  "central time": "CT",
  "mountain time": "MT",
  "pacific standard time": "PST",
  "pacific daylight time": "PDT",
  "pacific time": "PT",
  "central european time": "CET",
  "central european summer time": "CEST",
  "british summer time": "BST",
  "indian standard time": "IST",
  "japan standard time": "JST",
  "eastern european time": "EET"
};
var LONG_NAME_SOURCE = Object.keys(ZONE_LONG_NAMES).sort((a, b) => b.length - a.length).join("|");
var IANA_SOURCE = "(?:[A-Z][A-Za-z]+(?:_[A-Z][a-z]+)*)\\/[A-Z][A-Za-z_+-]+(?:\\/[A-Z][A-Za-z_]+)?";
var OFFSET_SOURCE = "(?:UTC|GMT|utc|gmt)\\s?[+\\-\u2212]\\s?\\d{1,2}(?::?\\d{2})?|[+\\-]\\d{2}:?\\d{2}(?!\\d)";
var ZONE_AT = new RegExp(
  `[ \\t]*(?:\\(\\s*)?(?:(${OFFSET_SOURCE})|(${IANA_SOURCE})|(${LONG_NAME_SOURCE})(?![a-z])|([A-Z]{2,5}|Z|[Uu][Tt][Cc]|[Gg][Mm][Tt])(?![A-Za-z]))`,
  "iy"
);
var ZONE_ANYWHERE = new RegExp(
  `(?<![A-Za-z])(?:(${OFFSET_SOURCE})|(${IANA_SOURCE})|(${LONG_NAME_SOURCE})(?![a-z])|([A-Z]{2,5})(?![A-Za-z]))`,
  "gi"
);
var ianaCache = /* @__PURE__ */ new Map();
function ianaFormatter(name) {
  let f = ianaCache.get(name);
  if (f === void 0) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: name, timeZoneName: "longOffset", hour12: false, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
    } catch {
      f = null;
    }
    ianaCache.set(name, f);
  }
  return f;
}
function ianaOffsetMinutes(name, when = /* @__PURE__ */ new Date()) {
  const f = ianaFormatter(name);
  if (!f) return void 0;
  const part = f.formatToParts(when).find((p) => p.type === "timeZoneName")?.value ?? "";
  return parseOffset(part.replace(/^GMT/, "")) ?? (part === "GMT" ? 0 : void 0);
}
function parseOffset(text2) {
  const m = /^\s?([+\-\u2212])\s?(\d{1,2})(?::?(\d{2}))?$/.exec(text2);
  if (!m) return void 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return void 0;
  return m[1] === "+" ? minutes : -minutes;
}
function zoneFromGroups(raw, offset, iana, long, abbr) {
  if (offset) {
    const o = parseOffset(offset.replace(/^(UTC|GMT)/i, ""));
    return o === void 0 ? void 0 : { raw, offsetMinutes: o };
  }
  if (iana) return ianaFormatter(iana) ? { raw, iana, offsetMinutes: ianaOffsetMinutes(iana) } : void 0;
  const key = long ? ZONE_LONG_NAMES[long.toLowerCase()] : abbr?.toUpperCase();
  const v = key === void 0 ? void 0 : ZONE_ABBREVIATIONS[key];
  if (v === void 0 || abbr && key !== "UTC" && key !== "GMT" && abbr !== key) return void 0;
  return typeof v === "number" ? { raw, offsetMinutes: v } : { raw, iana: v, offsetMinutes: ianaOffsetMinutes(v) };
}
function zoneAt(line, pos) {
  ZONE_AT.lastIndex = pos;
  const m = ZONE_AT.exec(line);
  if (!m) return void 0;
  const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
  const zone = zoneFromGroups(raw, m[1], m[2], m[3], m[4]);
  if (!zone) return void 0;
  let end = ZONE_AT.lastIndex;
  if (line[end] === ")" && m[0].includes("(")) end++;
  return { zone, end };
}
function findZone(text2) {
  ZONE_ANYWHERE.lastIndex = 0;
  for (let m = ZONE_ANYWHERE.exec(text2); m; m = ZONE_ANYWHERE.exec(text2)) {
    const zone = zoneFromGroups(m[0].trim(), m[1], m[2], m[3], m[4]);
    if (zone) return zone;
  }
  return void 0;
}
function parseZone(text2) {
  const found = zoneAt(text2.trim(), 0);
  return found && found.end >= text2.trim().length ? found.zone : void 0;
}

// src/core/time/duration.ts
var NUMBER_WORDS = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  "forty-five": 45,
  fifty: 50
};
var PART = "(\\d{1,6}(?:\\.\\d{1,3})?[ \\t]{0,3}-?[ \\t]{0,3}|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)[ \\t-]{1,3})(days?|d|hours?|hrs?|h|minutes?|mins?|m)(?![a-z])";
var DURATION_RE = new RegExp(`(?<![\\w:])(?:half an hour|${PART}(?:(?:[ \\t]{0,3},[ \\t]{0,3}|[ \\t]{1,3}and[ \\t]{1,3}|[ \\t]{0,3})${PART})?(?:[ \\t]{1,3}and a half)?)`, "gi");
function partMinutes(n, unit) {
  const k = n.trim().replace(/-$/, "").trim().toLowerCase();
  const v = NUMBER_WORDS[k] ?? Number(k);
  const u = unit.toLowerCase();
  if (u.startsWith("d")) return v * 1440;
  if (u.startsWith("h")) return v * 60;
  return v;
}
function findDurations(text2) {
  const out = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text2); m; m = DURATION_RE.exec(text2)) {
    let minutes;
    if (m[0].toLowerCase() === "half an hour") minutes = 30;
    else {
      if (/^m$/i.test(m[2]) && !m[3] && !/\d/.test(m[1])) continue;
      minutes = partMinutes(m[1], m[2]) + (m[3] ? partMinutes(m[3], m[4]) : 0);
      if (/and a half$/i.test(m[0])) minutes += /^h/i.test(m[4] ?? m[2]) ? 30 : 0;
    }
    if (minutes > 0) out.push({ minutes, raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
function formatDuration(minutes) {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

// src/core/time/parse.ts
var MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
var WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?,?[ \\t]{1,3})?";
var YEAR = "((?:19|20)\\d{2})(?![ \\t]?h(?:rs?|ours?)\\b)";
var DATE_RE = new RegExp(
  `(?<![A-Za-z0-9/-])${WEEKDAY}(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})|(${MONTHS})\\.?[ \\t]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?[ \\t]{1,3}${YEAR})?|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,3}(?:of[ \\t]{1,3})?(${MONTHS})\\.?,?(?:[ \\t]{1,3}${YEAR})?)(?:(?!\\w)|(?=T\\d))`,
  "gi"
);
var TIME_RE = new RegExp(
  "(?:(?<=\\dT)|(?<![A-Za-z0-9.:/\\-+]))(?:(?<h>\\d{1,2})(?<sep>[:.])(?<m>\\d{2})(?::(?<s>\\d{2})(?:\\.\\d{1,9})?)?(?!\\d|\\.\\d|:\\d)|(?<hh>\\d{2})(?<mm>\\d{2})[ \\t]?(?=(?:hrs?|hours?)\\b)|(?<ho>\\d{1,2})(?=[ \\t]?[AaPp](?:\\.[ \\t]?[Mm]\\.|[ \\t]?[Mm])(?![A-Za-z])))(?:[ \\t]?(?<hrs>[Hh](?:[Rr][Ss]?|[Oo][Uu][Rr][Ss]?))\\b)?(?<mer>[ \\t]?(?<ap>[AaPp])(?:\\.[ \\t]?[Mm]\\.|[ \\t]?[Mm])(?![A-Za-z]))?",
  "g"
);
var QUICK_TIME = /\d[:.]\d\d|\d{4}[ \t]?h(?:rs?|ours?)\b|\d[ \t]?[ap]\.?[ \t]?m\b/i;
var HAS_DIGIT = /\d/;
var QUICK_DATE = /\d[-\/]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
function monthOf(name) {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
function findDates(line) {
  const out = [];
  if (!HAS_DIGIT.test(line) || !QUICK_DATE.test(line)) return out;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(line); m; m = DATE_RE.exec(line)) {
    let year, month, day;
    if (m[1]) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[4]) {
      const a = Number(m[4]), b = Number(m[5]);
      [year, month, day] = a > 12 ? [Number(m[6]), b, a] : [Number(m[6]), a, b];
    } else if (m[7]) [year, month, day] = [m[9] ? Number(m[9]) : void 0, monthOf(m[7]), Number(m[8])];
    else [year, month, day] = [m[12] ? Number(m[12]) : void 0, monthOf(m[11]), Number(m[10])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({ date: year === void 0 ? { month, day } : { year, month, day }, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
function mayHaveTime(line) {
  return QUICK_TIME.test(line);
}
function findTimestamps(line, lineNo, dates) {
  const out = [];
  if (!mayHaveTime(line)) return out;
  const ds = dates ?? findDates(line);
  TIME_RE.lastIndex = 0;
  let di = 0;
  for (let m = TIME_RE.exec(line); m; m = TIME_RE.exec(line)) {
    while (di < ds.length && ds[di].end <= m.index) di++;
    if (di < ds.length && m.index >= ds[di].start) continue;
    const g = m.groups;
    const hrs = g["hh"] !== void 0;
    const hourOnly = g["ho"] !== void 0;
    const hour12 = Number(hrs ? g["hh"] : hourOnly ? g["ho"] : g["h"]);
    const minute = hourOnly ? 0 : Number(hrs ? g["mm"] : g["m"]);
    const second = g["s"] === void 0 ? void 0 : Number(g["s"]);
    const meridiem = g["ap"]?.toLowerCase();
    let end = m.index + m[0].length;
    const z = zoneAt(line, end);
    const zone = z?.zone;
    if (z) end = z.end;
    if (!hrs && !hourOnly && g["sep"] === "." && !meridiem && !zone) continue;
    if (hourOnly && (!meridiem || hour12 === 0 || hour12 > 12)) continue;
    if (!hrs && !hourOnly && g["hrs"] === void 0 && g["h"].length === 1 && !meridiem && !zone && minute > 59) continue;
    let hour = hour12;
    let problem;
    if (meridiem) {
      if (hour12 > 12) problem = `${hour12} o'clock is not a ${meridiem.toUpperCase()}M time: write ${pad(hour12)}:${pad(minute)} or ${hour12 - 12}:${pad(minute)} ${meridiem.toUpperCase()}M`;
      else if (hour12 === 0 && meridiem === "p") problem = "hour 0 does not exist on a 12-hour clock";
      else hour = hour12 % 12 + (meridiem === "p" ? 12 : 0);
    }
    if (!problem && hour12 > 23) problem = `hour ${hour12} is past 23`;
    if (!problem && minute > 59) problem = `minute ${minute} is past 59`;
    if (!problem && second !== void 0 && second > 59) problem = `second ${second} is past 59`;
    let start = m.index;
    const { date, adjacent } = attachDate(line, ds, di, m.index, end);
    if (date && adjacent) start = date.start;
    const ts = {
      raw: line.slice(start, end).trim(),
      line: lineNo,
      startColumn: start,
      endColumn: end,
      hour: problem ? Math.min(hour, 23) : hour,
      minute: problem ? Math.min(minute, 59) : minute,
      valid: !problem
    };
    if (second !== void 0) ts.second = Math.min(second, 59);
    if (date) ts.date = date.date;
    if (zone) ts.zone = zone;
    if (problem) ts.problem = problem;
    out.push(ts);
    TIME_RE.lastIndex = end;
  }
  return out;
}
function attachDate(line, ds, next, start, end) {
  if (!ds.length) return {};
  const before = next > 0 ? ds[next - 1] : void 0;
  if (before && before.end <= start && /^[\s,T@~(*_]{0,6}(?:at\s+)?[\s(*_]{0,4}$/i.test(line.slice(before.end, start))) return { date: before, adjacent: true };
  let k = next;
  while (k < ds.length && ds[k].start < end) k++;
  const after = ds[k];
  if (after && /^[\s,)*_]{0,6}(?:on\s+)?[\s,(*_]{0,4}$/i.test(line.slice(end, after.start))) return { date: after };
  if (before && before.end <= start && start - before.end <= 30 && !/[.;]/.test(line.slice(before.end, start))) return { date: before };
  return {};
}
function pad(n) {
  return n < 10 ? `0${n}` : String(n);
}
function absoluteMinutes(t, fallbackDate) {
  const d = t.date ?? fallbackDate;
  if (!d) return void 0;
  const days = Date.UTC(d.year ?? 2e3, d.month - 1, d.day) / 6e4;
  return days + t.hour * 60 + t.minute - (t.zone?.offsetMinutes ?? 0);
}

// src/core/model/summary.ts
var MAX_LINE = 1e4;
var CONNECTOR = /^[\s*_)(]*(?:[-–—~]|to|until|till|through|and)[\s*_(]*(?:[a-z]+ \d{1,2},? \d{4},?\s*)?$/i;
var IMPACT_SUBJECT = /\b(?:users?|customers?|clients?|visitors?|requests?|transactions?|queries|traffic|services?|site|website|api|apis|servers?|web|app|application|pages?|platform|system|logins?|sign-?ins?|checkouts?|payments?|e-?mails?|uploads?|downloads?|dashboards?|databases?)\b/i;
var IMPACT_PREDICATE = /\b(?:affected|impacted|unable|could not|couldn't|cannot|can't|experienc\w*|errors?|lost|failed|down|unavailable|slow\w*|disrupt\w*|timed? ?out|timeouts?|crash\w*|stopped working|unresponsive|inaccessible|offline|(?:returned|answered|served|got|saw) (?:\w+ )?(?:errors?|5\d\d))\b/i;
var IMPACT_ALONE = /\bimpact|\b(?:slower than (?:expected|normal|usual)|degraded (?:performance|service)|(?:was|were|became|went) (?:inaccessible|unreachable|unresponsive|compromised|down|offline)|outage|downtime|service disruption)\b/i;
function statesImpact(text2) {
  if (IMPACT_ALONE.test(text2)) return true;
  for (const sentence of text2.split(".")) if (IMPACT_SUBJECT.test(sentence) && IMPACT_PREDICATE.test(sentence)) return true;
  return false;
}
var ROOT_CAUSE = /\broot[- ]?cause|\b(?:primary|main|underlying|real|actual|immediate|direct) cause\b|\bcause (?:of|was)\b|\b(?:was|were|is) (?:linked|traced|attributed) to\b|\bcaused\b|\bdue to\b|\bbecause\b(?! if\b)|\bstemm(?:ed|ing) from\b|\btriggered by\b|\bthe cause\b|\bresult(?:ed)? (?:of|from)\b|\b(?:result(?:ed|ing) in|cause[ds]?|led to|leading to) (?:an? |the )?(?:\w+ )?(?:outage|downtime|disruption|incident|failure|errors?)\b|\b(?:traced|attributed) (?:back )?to\b|\b(?:discovered|found|realized|realised|identified|determined) that\b|\b(?:there was|it was|this was) an? (?:\w+ ){0,4}(?:typo|bug|misconfiguration|mistake|error)\b|\b(?:typo|misspel\w*|misconfigur\w*|expired|memory leak|hardware failure|power (?:outage|failure)|ddos)\b/i;
var DURATION_CONTEXT = /\b(?:lasted|lasting|duration|for (?:a total of |about |approximately |roughly |around |~)?|down for|outage of|downtime|period of|total|took)\b|\(\s*~?\d/i;
var START_LABEL = /\b(?:start\w*|began|begin|down|outage start|detected|from|since|occurred|date|time|when)\b/;
var END_LABEL = /\b(?:end\w*|resolved|restored|up|recovered|outage end|until|fixed)\b/;
var END_CUE = /\b(?:until|till|restored|resolved|recovered|corrected|fixed|back (?:up|online|to normal)|ended|returned to normal|service resumed|by)\b[^.]{0,80}$/i;
var SHARE = /\b\d{1,3}(?:\.\d{1,3})?\s?(?:%|percent\b)|\b(?:all|every|most|half|none|majority|minority|(?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?|(?:one|\d{1,3}) (?:in|out of) (?:\d{1,4}|two|three|four|five|ten))\b/gi;
var SHARE_OF = /^\s?(?:of\s+|or\s+|among\s+)?(?:(?:the|our|all|its|their|your|approximately|about|~|active|beta|total|registered|end|mobile|web|site|api|incoming|external|internal|global|online|affected|paying|logged[- ]in|daily)\s+){0,4}(?:users?|customers?|clients?|visitors?|requests?|traffic|people|students|subscribers?|accounts?|sessions?|api calls|calls|queries|transactions|shoppers|members|tenants|players|readers|viewers|merchants|businesses)\b/i;
var SHARE_BEFORE = /\b(?:users?|customers?|clients?|visitors?|requests?|traffic|people|students|subscribers?|accounts?|sessions?)\b[^.%\d]{0,40}$/i;
function lineLabel(line) {
  let i = 0;
  const len = Math.min(line.length, 120);
  while (i < len) {
    const c2 = line.charCodeAt(i);
    if (c2 === 32 || c2 === 9 || c2 === 62 || c2 === 42 || c2 === 95 || c2 === 45 || c2 === 43 || c2 === 35) i++;
    else if (c2 === 60) {
      const close = line.indexOf(">", i);
      if (close < 0 || close > len) break;
      i = close + 1;
    } else if (c2 >= 8192) i += line.codePointAt(i) > 65535 ? 2 : 1;
    else break;
  }
  const start = i;
  while (i < len && i - start <= 40) {
    const c2 = line.charCodeAt(i);
    if (c2 >= 65 && c2 <= 90 || c2 >= 97 && c2 <= 122 || c2 === 32 || c2 === 47 || c2 === 38) i++;
    else break;
  }
  const label2 = line.slice(start, i).trim();
  if (label2.length < 2) return "";
  while (i < len) {
    const c2 = line.charCodeAt(i);
    if (c2 === 42 || c2 === 95 || c2 === 32) i++;
    else if (c2 === 60) {
      const close = line.indexOf(">", i);
      if (close < 0 || close > len) break;
      i = close + 1;
    } else break;
  }
  const c = line.charCodeAt(i);
  return c === 58 || c === 45 || c === 8211 ? label2.toLowerCase() : "";
}
function readSummary(p, ranges, stamps) {
  const f = {};
  const times = [];
  let zoneSeen = false;
  let dateRange;
  for (const [a, b, col] of ranges) {
    for (let n = a; n < b && n < p.lineCount; n++) {
      if (p.kinds[n] !== 1 /* Text */) continue;
      const full = p.lines[n].length > MAX_LINE ? p.lines[n].slice(0, MAX_LINE) : p.lines[n];
      const line = n === a && col ? " ".repeat(col) + full.slice(col) : full;
      if (line.trim() === "") continue;
      const label2 = lineLabel(line);
      const all = stamps(n).filter((s) => s.valid && (n !== a || !col || s.startColumn >= col));
      readTimes(f, line, label2, all);
      for (const t of all) times.push({ t, before: line.slice(Math.max(0, t.startColumn - 90), t.startColumn) });
      if (!f.zone) {
        let z = all.find((s) => s.zone)?.zone;
        if (!z && (all.length || /duration|time|date|zone/.test(label2))) z = findZone(line);
        if (z) [f.zone, zoneSeen] = [z, true];
      }
      if (f.durationText === void 0) {
        const d = findDurations(line).find((x) => label2.includes("duration") || DURATION_CONTEXT.test(line.slice(Math.max(0, x.start - 40), x.end + 2)));
        if (d) [f.durationText, f.durationMinutes, f.durationLine] = [d.raw.trim(), d.minutes, n];
      }
      if (!dateRange && !all.length) dateRange = readDateRange(line, n);
      const plain = stripInline(line);
      if (f.impact === void 0 && (label2.includes("impact") || statesImpact(plain))) f.impact = brief(plain);
      if (f.percentUsers === void 0) {
        const share = readShare(plain, label2);
        if (share) f.percentUsers = share;
      }
      if (f.rootCause === void 0 && (label2.includes("cause") || ROOT_CAUSE.test(plain))) f.rootCause = brief(plain);
    }
  }
  if (!f.start && times.length >= 2) {
    const end = times.slice(1).find((x) => END_CUE.test(x.before));
    if (end) [f.start, f.end] = [times[0].t, end.t];
  } else if (f.start && !f.end) {
    const later = times.find((x) => x.t !== f.start && END_CUE.test(x.before) && (x.t.line > f.start.line || x.t.startColumn > f.start.startColumn));
    if (later) f.end = later.t;
  }
  completeRange(f);
  if (f.durationText === void 0 && !(f.start && f.end) && dateRange) {
    f.durationText = `${dateRange.a.date.day}/${dateRange.a.date.month} - ${dateRange.b.date.day}/${dateRange.b.date.month}`;
    f.durationLine = dateRange.line;
  }
  if (!zoneSeen && f.start?.zone) f.zone = f.start.zone;
  return f;
}
function readDateRange(line, n) {
  const ds = findDates(line);
  for (let i = 0; i + 1 < ds.length; i++) {
    if (/^\s*(?:[-–—~]|to|until|till|through)\s*$/i.test(line.slice(ds[i].end, ds[i + 1].start))) return { a: ds[i], b: ds[i + 1], line: n };
  }
  return void 0;
}
function readShare(text2, label2 = "") {
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text2); m; m = SHARE.exec(text2)) {
    const after = text2.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (SHARE_OF.test(after)) return text2.slice(m.index, m.index + m[0].length + (SHARE_OF.exec(after)?.[0].length ?? 0)).trim();
    const pct = /%|percent/i.test(m[0]);
    if (pct && (SHARE_BEFORE.test(text2.slice(Math.max(0, m.index - 50), m.index)) || /users|customers|traffic|requests/.test(label2))) {
      const next = /^\s?(?:of\s+)?(?:the\s+)?(\w+)/.exec(after)?.[1]?.toLowerCase();
      if (!next || !/^(?:drop|increase|decrease|rise|reduction|cpu|memory|disk|performance|load|capacity|of)$/.test(next)) return m[0].trim();
    }
  }
  return void 0;
}
function readTimes(f, line, label2, stamps) {
  if (!stamps.length) return;
  if (!f.start && START_LABEL.test(label2) && !END_LABEL.test(label2) && (stamps.length === 1 || !/duration/.test(label2))) {
    if (stamps.length === 1 || !/from|duration/.test(label2)) {
      f.start = stamps[0];
      if (stamps.length === 1) return;
    }
  } else if (!f.end && END_LABEL.test(label2)) {
    f.end = stamps[0];
    return;
  }
  if (f.start && f.end) return;
  const last = stamps[stamps.length - 1];
  const bare = /^\s*(?:-|–|—|to|until|till)\s*(\d{1,2})\s*(?:UTC|GMT)\b/i.exec(line.slice(last.endColumn, last.endColumn + 20));
  if (bare && !f.end && Number(bare[1]) < 24) {
    const hour = Number(bare[1]) + (last.hour >= 12 && Number(bare[1]) < 12 ? 12 : 0);
    const zone = findZone(bare[0]);
    f.start ??= last;
    f.end = { ...last, raw: bare[0].trim(), hour, minute: 0, startColumn: last.endColumn, endColumn: last.endColumn + bare[0].length, ...zone ? { zone } : {} };
    return;
  }
  for (let i = 0; i + 1 < stamps.length; i++) {
    const gap = line.slice(stamps[i].endColumn, stamps[i + 1].startColumn);
    if (gap.length <= 40 && CONNECTOR.test(gap) && !f.end) {
      [f.start, f.end] = [f.start && f.start !== stamps[0] ? f.start : stamps[i], stamps[i + 1]];
      return;
    }
  }
}
function completeRange(f) {
  const { start, end } = f;
  if (!start || !end) return;
  const s = { ...start }, e = { ...end };
  if (!s.zone && e.zone) s.zone = e.zone;
  if (!e.zone && s.zone) e.zone = s.zone;
  if (!e.date && s.date) e.date = s.date;
  if (!s.date && e.date) s.date = e.date;
  [f.start, f.end] = [s, e];
  if (f.durationMinutes === void 0) {
    const base = s.date ?? { year: 2e3, month: 1, day: 1 };
    let m = absoluteMinutes(e, e.date ?? base) - absoluteMinutes(s, base);
    if (m < 0 && !end.date) m += 1440;
    if (m >= 0) f.durationMinutes = m;
  }
}
function brief(plain) {
  return plain.length > 200 ? `${plain.slice(0, 197)}\u2026` : plain;
}
var NONE = Object.freeze([]);
function stampReader(p) {
  const memo = new Array(p.lineCount);
  const read = (n) => {
    let s = memo[n];
    if (!s) {
      const found = p.kinds[n] === 1 /* Text */ ? findTimestamps(p.lines[n] ?? "", n) : [];
      memo[n] = s = found.length ? found : NONE;
    }
    return s;
  };
  return Object.assign(read, { all: () => Array.from({ length: p.lineCount }, (_v, n) => read(n)) });
}

// src/core/outline/content.ts
var RESIDUE_TITLE = /^(?:make people want to read|background context|concepts?$|resources$|requirements$|more info|word count|how to make it|disclaimer|conclusion|final thoughts|the end\b|closing|thank|wrap[- ]?up|links?$|misc)/i;
var INCIDENT = /\b(?:outage|down(?:time)?|errors?|fail\w*|incident|issue|unavailable|unreachable|inaccessible|broke\w*|crash\w*|problem|disrupt\w*|slow\w*|degrad\w*|went (?:down|offline)|503|502|500)\b/i;
var CAUSE = /\b(?:root[- ]cause|caused|cause[ds]?\b|due to|because|stemm(?:ed|ing) from|triggered by|turns? out|turned out|culprit|result(?:ed)? (?:of|from)|led to|traced (?:back )?to|bug\b|typo|misconfigur\w*|expired|the reason)/i;
var STEP_TITLE = /\b(?:debug\w*|process|steps?|events?|chronolog\w*|sequence|happened|walkthrough|troubleshoot\w*|actions? taken|response|investigation)\b/i;
var ACTION_TITLE = /\b(?:lessons?|prevent\w*|improv\w*|future|measures?|actions?|to-?do|tasks?|next steps?|recommend\w*|follow[- ]?ups?|fix(?:es)?|remediat\w*)\b/i;
var PREVENT = /\b(?:prevent\w*|improv\w*|avoid\w*|future|going forward|from now on|we(?:'re| are| will)|will\b|should\b)/i;
function readsAs(p, role, from, to, title = "") {
  const text2 = proseOf(p, from, to);
  const words = countWords(text2);
  switch (role) {
    case "opening":
      return words >= 12 && (INCIDENT.test(text2) || hasTime(p, from, to));
    case "summary":
      return words >= 20;
    case "cause":
      return words >= 15 && CAUSE.test(text2);
    case "timeline": {
      if (timedLines(p, from, to) >= 3) return true;
      return STEP_TITLE.test(title) && entryCount(p, from, to) >= 3;
    }
    case "actions": {
      const items = listItems(p, from, to) + actionLines(p, from, to);
      return items >= 2 && (ACTION_TITLE.test(title) || PREVENT.test(text2));
    }
  }
}
function proseOf(p, from, to) {
  const out = [];
  for (let n = Math.max(0, from); n < to && n < p.lineCount; n++) if (p.kinds[n] === 1 /* Text */) out.push(p.lines[n]);
  return out.join("\n");
}
function hasTime(p, from, to) {
  for (let n = Math.max(0, from); n < to; n++) {
    if (p.kinds[n] !== 1 /* Text */) continue;
    const l = p.lines[n];
    if (findTimestamps(l, n).length || findDates(l).length) return true;
  }
  return false;
}
function timedLines(p, from, to) {
  let k = 0;
  for (let n = Math.max(0, from); n < to; n++) {
    if (p.kinds[n] !== 1 /* Text */) continue;
    const l = p.lines[n].slice(0, 60);
    const t = findTimestamps(l, n)[0];
    if (t && t.startColumn <= 30) k++;
  }
  return k;
}
function listItems(p, from, to) {
  let min = Infinity, k = 0;
  for (const b of p.blocks) if (b.kind === "item" && b.startLine >= from && b.startLine < to) min = Math.min(min, b.depth);
  for (const b of p.blocks) if (b.kind === "item" && b.startLine >= from && b.startLine < to && b.depth === min) k++;
  return k;
}
function entryCount(p, from, to) {
  const items = listItems(p, from, to);
  if (items) return items;
  let k = 0;
  for (let n = Math.max(0, from); n < to; n++) if (p.kinds[n] === 1 /* Text */ && p.depth[n] === 0) k++;
  return k;
}
function actionLines(p, from, to) {
  let k = 0;
  for (let n = Math.max(0, from); n < to; n++) if (p.kinds[n] === 1 /* Text */ && p.depth[n] === 0 && readsAsAction(p.lines[n])) k++;
  return k;
}
var DISCURSIVE = /* @__PURE__ */ new Set(["to", "in", "another", "this", "these", "those", "the", "we", "it", "its", "as", "by", "also", "furthermore", "moreover", "however", "although", "if", "when", "while", "after", "since", "because", "our", "i", "there", "that", "so", "thus", "therefore", "finally", "overall", "in", "on", "at", "for", "with", "a", "an", "my", "they", "he", "she", "you", "your", "one", "all", "but", "and", "or", "here", "moving", "going", "lastly", "additionally", "first", "second", "third", "nothing", "none", "no", "some", "each", "every", "more", "other", "thanks", "thank", "note", "notes", "please", "remember", "conclusion", "hopefully", "luckily", "unfortunately", "fortunately"]);
var VERBS = /* @__PURE__ */ new Set(["add", "implement", "improve", "enhance", "conduct", "review", "update", "set", "setup", "establish", "create", "develop", "deploy", "enable", "configure", "automate", "schedule", "ensure", "monitor", "test", "document", "train", "patch", "upgrade", "replace", "restrict", "limit", "introduce", "adopt", "use", "perform", "run", "regularly", "educate", "communicate", "strengthen", "adjust", "integrate", "build", "write", "audit", "migrate", "increase", "reduce", "remove", "disable", "move", "provide", "require", "enforce", "plan", "investigate", "evaluate", "verify", "validate", "check", "keep", "make", "hold", "organize", "organise", "prepare", "define", "refactor", "fix", "rotate", "backup", "back", "apply", "install", "switch", "decommission", "terminate", "tune", "optimize", "optimise", "allocate", "track", "alert", "notify", "purchase", "procure", "design", "maintain", "assign", "hire", "standardize", "standardise", "centralize", "centralise", "introduce", "expand", "extend", "raise", "lower", "separate", "isolate", "encrypt", "rollout", "roll", "revise", "rewrite", "redesign", "streamline", "simplify", "block", "whitelist", "allowlist", "deprecate", "archive", "clean", "consolidate", "coordinate", "share", "publish", "prioritize", "prioritise", "invest", "store", "cache", "scale", "upgrade", "add", "label", "tag", "mandate", "require", "reorganize", "retire", "renew", "restart", "reconfigure", "instrument", "log", "page"]);
function readsAsAction(line) {
  let t = stripInline(line).replace(/^[\s\-*+•◦▪☐☑✅✔>]+/u, "").replace(/^\[[ xX]?\]\s*/, "").replace(/^\d+[.)]\s*/, "").trim();
  if (!t || /:$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 45) return false;
  const colon = t.indexOf(":");
  if (colon > 0 && colon < 50 && t.slice(0, colon).split(/\s+/).length <= 6) {
    const rest = t.slice(colon + 1).trim();
    if (rest && !DISCURSIVE.has(firstWord(t))) return true;
    t = rest || t;
  }
  const w = firstWord(t);
  if (!w || DISCURSIVE.has(w)) return false;
  if (VERBS.has(w) || w.endsWith("ing") && VERBS.has(w.slice(0, -3)) || w.endsWith("ing") && VERBS.has(w.slice(0, -3) + "e")) return true;
  return words.length <= 14 && /^[A-Z]/.test(t) && !/\b(?:is|are|was|were|has|have|had|will|would|could|should|must|can)\b/i.test(words.slice(0, 4).join(" "));
}
function firstWord(text2) {
  const m = /^[^\p{L}]*(\p{L}+)/u.exec(text2);
  return m ? m[1].toLowerCase() : "";
}

// src/core/model/tasks.ts
var CHECKBOX = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[([ xX])\]\s+/;
var BULLET = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+/;
var OWNER_KEY = /\b(?:owners?|responsible|assignee|assigned to|dri|lead)\b[\s*_]{0,5}[:\-–][\s*_]{0,5}/i;
var HANDLE = /(?:^|\s)(@[\w-]{1,60})/;
var DEADLINE_KEY = /\b(?:deadline|due(?: date)?|eta|target(?: date)?|by)\b[\s*_]{0,5}[:\-–]?[\s*_]{0,5}/i;
var RELATIVE = /^(?:(?:the )?end of (?:the )?\w+|next \w+|tomorrow|asap|q[1-4]\b)/i;
function ownerAndDeadline(text2) {
  const out = {};
  const o = OWNER_KEY.exec(text2);
  if (o) {
    const value = /^[^,;|\n*]{1,80}/.exec(text2.slice(o.index + o[0].length))?.[0].trim();
    if (value) out.owner = value;
  }
  if (!out.owner) {
    const h = HANDLE.exec(text2);
    if (h) out.owner = h[1];
  }
  const d = DEADLINE_KEY.exec(text2);
  if (d) {
    const after = text2.slice(d.index + d[0].length, d.index + d[0].length + 60);
    const value = /^[^;|\n*]{1,60}/.exec(after)?.[0].trim().replace(/[.,)]+$/, "");
    if (value && (/\d/.test(value) || RELATIVE.test(value))) out.deadline = value;
  }
  if (!out.deadline) {
    const date = findDates(text2)[0];
    if (date) out.deadline = text2.slice(date.start, date.end);
  }
  return out;
}
function tasksIn(p, start, end, firstColumn = 0) {
  const out = [];
  let minDepth = Infinity;
  for (const b of p.blocks) if (b.kind === "item" && b.startLine >= start && b.startLine < end) minDepth = Math.min(minDepth, b.depth);
  let listed = false;
  for (const b of p.blocks) {
    if (b.startLine < start || b.startLine >= end) continue;
    if (b.kind === "item" && b.depth === minDepth) {
      out.push(task(p, b.startLine, Math.min(b.endLine, end), "list"));
      listed = true;
    } else if (b.kind === "table") {
      for (let n = b.startLine + 2; n < b.endLine && n < end; n++) out.push(task(p, n, n + 1, "table"));
      listed = true;
    }
  }
  if (!listed) {
    for (let n = start; n < end && n < p.lineCount; n++) {
      if (p.kinds[n] !== 1 /* Text */ || p.depth[n] > 0) continue;
      const line = n === start && firstColumn ? p.lines[n].slice(firstColumn) : p.lines[n];
      if (readsAsAction(line)) out.push(task(p, n, n + 1, "line", n === start ? firstColumn : 0));
    }
  }
  return out;
}
function task(p, line, end, markup, column = 0) {
  const first = (p.lines[line] ?? "").slice(column);
  const all = p.lines.slice(line, Math.min(end, line + 20)).join("\n").slice(0, 4e3);
  const box = CHECKBOX.exec(first);
  const body = markup === "table" ? first.replace(/^\s*\|/, "").split("|").map((c) => c.trim()).filter(Boolean).join(" \u2014 ") : first.replace(CHECKBOX, "").replace(BULLET, "");
  const t = { line, text: stripInline(body).trim(), markup: box ? "checkbox" : markup };
  if (box) t.checked = box[1] !== " ";
  const od = ownerAndDeadline(all);
  if (od.owner) t.owner = od.owner;
  if (od.deadline) t.deadline = od.deadline;
  return t;
}
function checkboxTasks(p) {
  const out = [];
  for (const b of p.blocks) {
    if (b.kind === "item" && CHECKBOX.test(p.lines[b.startLine] ?? "")) out.push(task(p, b.startLine, b.endLine, "checkbox"));
  }
  return out;
}

// src/core/model/timeline.ts
var LEAD = /^(?:[\s*_~`>(\[\\•·◦▪‣⁃]|<[^<>]{0,200}>){0,40}/u;
var SEPARATOR2 = /^(?:[\s*_~`)\]]|<\/?[^<>]{0,200}>){0,20}(?::-|[-–—:|~=>]{1,3})?(?:[\s*_~`]|<[^<>]{0,200}>){0,20}/;
var ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
var RANGE_GAP = /^\s*(?:[-\u2013\u2014~]{1,3}|to|until|till|through)\s*$/i;
var INTRO = /:\s*$/;
function readTimeline(p, start, end, headingTitle, stamps) {
  let zone = findZone(headingTitle.replace(/timeline/i, ""));
  const units = unitsOf(p, start, end);
  const entries = [];
  let ctxDate;
  let ctxTime;
  const timedUnits = units.filter((u) => u.kind !== "heading" && leadingTime(p, u.line, u.column, stamps)).length;
  const timed = timedUnits >= 2;
  for (const u of units) {
    const line = p.lines[u.line];
    if (u.kind === "heading") {
      const d = dateOnly(line);
      if (d) {
        [ctxDate, ctxTime] = [d, void 0];
        continue;
      }
      const t = leadingTime(p, u.line, u.column, stamps);
      if (t) {
        const e2 = entryAt(p, u, stamps, ctxDate, "heading");
        if (e2 && e2.text) entries.push(e2);
        else ctxTime = t;
      }
      continue;
    }
    if (u.kind === "row") {
      const e2 = tableEntry(p, u, ctxDate, stamps);
      if (e2) entries.push(e2);
      continue;
    }
    if (u.kind === "line") {
      const d = dateOnly(line);
      if (d && !stamps(u.line).length) {
        ctxDate = d;
        if (!zone && line.length <= 100 && /\btimes?\b|zone/i.test(line)) zone = findZone(line);
        continue;
      }
      const t = leadingTime(p, u.line, u.column, stamps);
      if (!t) {
        if (!zone && line.length <= 100 && !stamps(u.line).length && /\btimes?\b[^.]{0,40}\b(?:in|are|utc|gmt)\b|\bzone\b/i.test(line)) {
          const z = findZone(line);
          if (z) {
            zone = z;
            continue;
          }
        }
        const prev = entries[entries.length - 1];
        if (prev && prev.line < u.line && (u.continues && prev.endLine >= u.line && (timed || prev.time) || prev.time && !prev.text && !prev.detail)) {
          prev.endLine = u.line + 1;
          prev.detail = joinDetail(prev.detail, stripInline(line));
          continue;
        }
        if (timed && !ctxTime) continue;
        if (INTRO.test(line) && !stamps(u.line).length) continue;
      }
      for (const e2 of clausesOf(p, u, stamps, ctxDate)) entries.push(e2);
      continue;
    }
    if (u.kind === "item") {
      const clauses = clausesOf(p, u, stamps, ctxDate);
      if (clauses.length > 1) {
        entries.push(...clauses);
        continue;
      }
    }
    const e = entryAt(p, u, stamps, ctxDate, u.kind === "item" ? "bullet" : "paragraph");
    if (!e) continue;
    if (!e.time && ctxTime && u.kind === "item") {
      e.time = ctxTime;
      ctxTime = void 0;
    }
    if (!e.time && !e.date && timed && u.kind === "paragraph") continue;
    if (INTRO.test(line) && !e.time && u.kind === "paragraph") continue;
    entries.push(e);
  }
  const out = { entries };
  if (zone) out.zone = zone;
  return out;
}
function unitsOf(p, start, end) {
  const units = [];
  let minDepth = Infinity;
  for (const b of p.blocks) if (b.kind === "item" && b.startLine >= start && b.startLine < end) minDepth = Math.min(minDepth, b.depth);
  const covered = new Uint8Array(Math.max(0, end - start));
  const cover = (a, b) => {
    for (let n = Math.max(a, start); n < Math.min(b, end); n++) covered[n - start] = 1;
  };
  for (const b of p.blocks) {
    if (b.endLine <= start || b.startLine >= end) continue;
    if (b.kind === "item" && b.depth === minDepth) {
      const itemEnd = Math.min(b.endLine, end);
      let stop = itemEnd;
      for (let n = b.startLine + 1; n < itemEnd; n++) {
        const l = p.lines[n];
        if (!/^\S/.test(l) || ITEM.test(l)) continue;
        if (findTimestamps(l.slice(0, 40), n).some((t) => t.startColumn <= 12)) {
          stop = n;
          break;
        }
      }
      units.push({ kind: "item", line: b.startLine, endLine: stop, column: ITEM.exec(p.lines[b.startLine])?.[0].length ?? 0, block: b });
      cover(b.startLine, stop);
      for (let n = stop; n < itemEnd; n++) if (p.kinds[n] === 1 /* Text */) units.push({ kind: "line", line: n, endLine: n + 1, column: 0, continues: n > stop });
      cover(stop, itemEnd);
    } else if (b.kind === "table") {
      for (let n = Math.max(b.startLine + 2, start); n < Math.min(b.endLine, end); n++) units.push({ kind: "row", line: n, endLine: n + 1, column: 0, block: b });
      cover(b.startLine, b.endLine);
    } else if (b.kind === "heading" && b.startLine >= start) {
      units.push({ kind: "heading", line: b.startLine, endLine: b.endLine, column: /^\s*#*\s*/.exec(p.lines[b.startLine])[0].length });
      cover(b.startLine, b.endLine);
    }
  }
  for (let n = start; n < end; n++) {
    if (covered[n - start] || p.kinds[n] !== 1 /* Text */) continue;
    const raw = p.lines[n];
    const q = p.quote[n] ? /^(?:\s{0,3}>)+\s?/.exec(raw)?.[0].length ?? 0 : 0;
    const li = /^\s*<li\b[^<>]{0,200}>/i.exec(raw);
    const prevText = n > start && p.kinds[n - 1] === 1 /* Text */ && !covered[n - 1 - start];
    units.push({ kind: li ? "item" : "line", line: n, endLine: n + 1, column: li ? li[0].length : q, continues: prevText && !li && !ITEM.test(raw) });
  }
  units.sort((a, b) => a.line - b.line);
  return units;
}
function leadingTime(p, n, column, stamps) {
  const line = p.lines[n];
  const lead = column + (LEAD.exec(line.slice(column, column + 400))?.[0].length ?? 0);
  for (const t of stamps(n)) {
    if (t.startColumn < column) continue;
    const gap = line.slice(lead, t.startColumn);
    if (t.startColumn <= lead || gap.length <= 30 && /^(?:at|around|about|approximately|approx\.?|circa|~|on|by|from|\W)*$/i.test(gap.trim())) return t;
    if (t.date && t.startColumn <= lead + 2) return t;
    return void 0;
  }
  return void 0;
}
var MAX_DETAIL = 4e3;
function joinDetail(a, b) {
  if (a && a.length >= MAX_DETAIL) return a;
  const joined = a ? `${a} ${b.trim()}` : b.trim();
  return joined.length > MAX_DETAIL ? joined.slice(0, MAX_DETAIL) : joined;
}
function entryAt(p, u, stamps, ctx, shape) {
  const line = p.lines[u.line];
  const lead = u.column + (LEAD.exec(line.slice(u.column, u.column + 400))?.[0].length ?? 0);
  let time = leadingTime(p, u.line, u.column, stamps);
  let textColumn = lead;
  let timeFirst = false;
  let date;
  if (time) {
    const all = stamps(u.line);
    const second = all[all.indexOf(time) + 1];
    if (!time.zone && second?.zone && RANGE_GAP.test(line.slice(time.endColumn, second.startColumn))) time = { ...time, zone: second.zone };
    const afterRange = second && RANGE_GAP.test(line.slice(time.endColumn, second.startColumn)) ? second.endColumn : time.endColumn;
    textColumn = afterRange + (SEPARATOR2.exec(line.slice(afterRange, afterRange + 400))?.[0].length ?? 0);
    timeFirst = true;
    date = time.date ?? ctx;
  } else {
    const d = findDates(line.slice(lead, lead + 60))[0];
    if (d && d.start === 0) {
      const at = lead + d.end;
      textColumn = at + (SEPARATOR2.exec(line.slice(at, at + 400))?.[0].length ?? 0);
      timeFirst = true;
      date = d.date;
    } else {
      date = ctx;
      const inner = stamps(u.line).find((t) => t.startColumn >= u.column && t.valid);
      if (inner) time = inner;
    }
  }
  const text2 = stripInline(line.slice(textColumn)).trim();
  let detail;
  for (let n = u.line + 1; n < u.endLine; n++) if (p.kinds[n] === 1 /* Text */) detail = joinDetail(detail, stripInline(p.lines[n]));
  if (!text2 && !detail && !time) return void 0;
  const e = { line: u.line, endLine: Math.max(u.endLine, u.line + 1), shape, timeFirst, text: text2, textColumn };
  if (time) e.time = time;
  if (date) e.date = date;
  if (detail) e.detail = detail;
  return e;
}
function clausesOf(p, u, stamps, ctx) {
  const line = p.lines[u.line];
  const all = stamps(u.line).filter((t) => t.startColumn >= u.column);
  const opens = all.filter((t, i) => {
    if (i === 0) return true;
    const before = line.slice(Math.max(u.column, all[i - 1].endColumn), t.startColumn);
    const sep = SEPARATOR2.exec(line.slice(t.endColumn, t.endColumn + 40))?.[0] ?? "";
    return /[.;!?)\]"”]\s*$|\w\s*$/.test(before) && before.trim().length > 3 && /[:\-–—]/.test(sep) && !RANGE_GAP.test(before);
  });
  const shape = u.kind === "item" ? "bullet" : u.kind === "line" ? "line" : "paragraph";
  const first = entryAt(p, u, stamps, ctx, shape);
  if (opens.length < 2 || !first?.time) {
    if (u.kind === "line" && first && !first.timeFirst) return sentencesOf(p, u, first, ctx, stamps);
    return first ? [first] : [];
  }
  const out = [];
  opens.forEach((t, i) => {
    const next = opens[i + 1];
    const to = next ? next.startColumn : line.length;
    const textColumn = t.endColumn + (SEPARATOR2.exec(line.slice(t.endColumn, t.endColumn + 400))?.[0].length ?? 0);
    const e = { line: u.line, endLine: u.line + 1, shape: "clause", time: t, timeFirst: true, text: stripInline(line.slice(textColumn, to)).trim(), textColumn };
    if (next) e.endColumn = to;
    const date = t.date ?? ctx;
    if (date) e.date = date;
    out.push(e);
  });
  return out;
}
var CONSEQUENCE = /^\s*(?:this|that|it|which|these)\s+(?:\w+\s+)?(?:resulted|results|caused|causes|meant|means|led|leads|made)\b/i;
function sentencesOf(p, u, first, ctx, stamps) {
  const line = p.lines[u.line];
  const parts = sentenceSpans(line, u.column);
  const times = stamps(u.line).filter((t) => t.valid);
  if (parts.length < 2 || times.length < 2) return [first];
  const out = [];
  for (const s of parts) {
    const text2 = line.slice(s.start, s.end);
    if (CONSEQUENCE.test(text2)) continue;
    const t = times.find((x) => x.startColumn >= s.start && x.startColumn < s.end);
    const lead = s.start + (text2.length - text2.trimStart().length);
    const e = { line: u.line, endLine: u.line + 1, shape: "clause", timeFirst: false, text: stripInline(text2).trim(), textColumn: lead, endColumn: s.end };
    if (t) e.time = t;
    const date = t?.date ?? ctx;
    if (date) e.date = date;
    out.push(e);
  }
  const last = out[out.length - 1];
  if (last && last.endColumn !== void 0 && last.endColumn >= line.trimEnd().length) delete last.endColumn;
  return out.length >= 2 ? out : [first];
}
function sentenceSpans(line, from = 0) {
  const out = [];
  let start = from;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i;
    while (j + 1 < line.length && (line[j + 1] === "." || line[j + 1] === "!" || line[j + 1] === "?")) j++;
    if (j + 1 >= line.length || line[j + 1] === " ") {
      if (line.slice(start, j + 1).trim().length > 3) out.push({ start, end: j + 1 });
      start = j + 1;
    }
    i = j;
  }
  if (line.slice(start).trim().length > 3) out.push({ start, end: line.length });
  return out;
}
function dateOnly(line) {
  const ds = findDates(line);
  if (ds.length !== 1) return void 0;
  const rest = (line.slice(0, ds[0].start) + line.slice(ds[0].end)).replace(/\([^()]*\)|[#*_:\-\s,.]/g, "");
  return rest.length <= 3 ? ds[0].date : void 0;
}
function tableEntry(p, u, ctx, stamps) {
  const b = u.block;
  const header = splitRow(p.lines[b.startLine]);
  const line = p.lines[u.line];
  const cells = splitRow(line);
  if (!cells.length) return void 0;
  let timeCol = header.findIndex((h) => /\b(?:time|when|date|timestamp|hour)\b/i.test(h.text));
  if (timeCol < 0) timeCol = 0;
  const descCol = cells.length > 1 ? timeCol === 0 ? 1 : 0 : -1;
  const tc = cells[timeCol];
  if (!tc) return void 0;
  const time = stamps(u.line).find((s) => s.startColumn >= tc.start && s.startColumn < tc.end);
  const date = time?.date ?? findDates(tc.text)[0]?.date ?? ctx;
  if (!time && !date) return void 0;
  const dc = descCol >= 0 ? cells[descCol] : void 0;
  const rest = cells.filter((_c, i) => i !== timeCol && i !== descCol).map((c) => stripInline(c.text)).filter(Boolean).join(" \xB7 ");
  const e = { line: u.line, endLine: u.line + 1, shape: "table", text: stripInline(dc?.text ?? ""), textColumn: dc?.start ?? tc.end, timeFirst: true };
  if (rest) e.detail = rest;
  if (time) e.time = time;
  if (date) e.date = date;
  return e;
}
function splitRow(line) {
  const out = [];
  let i = 0;
  while (i < line.length && line[i] === " ") i++;
  if (line[i] === "|") i++;
  let start = i;
  for (; i <= line.length; i++) {
    const c = line[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "|" || i === line.length) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      if (!(i === line.length && raw.trim() === "")) out.push({ text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length });
      start = i + 1;
    }
  }
  return out;
}

// src/core/model/build.ts
var SUMMARY_CHECKS = ["duration", "start-end", "time-zone", "impact", "percent-users"];
var TIMELINE_KEYS = ["timeline", "chronology", "sequence of events", "timeline of events", "incident timeline", "events timeline"];
var ALL_TIMES = /\ball (?:times|timestamps|dates and times)\b/i;
function buildModel(p, o) {
  const stamps = stampReader(p);
  const t = o.template;
  const regionRange = (r) => r.startColumn !== void 0 ? [r.startLine, r.endLine, r.startColumn] : [r.startLine, r.endLine];
  const regionsWith2 = (check) => o.regions.filter((r) => t.sections[r.templateIndex].content?.includes(check));
  const facts = {};
  const checks = new Set(t.sections.flatMap((s) => s.content ?? []));
  const declared = declaredZone(p);
  const read = /* @__PURE__ */ new Map();
  const factsOf = (regions) => {
    const key = regions.map((r) => r.templateIndex).join(",");
    let f = read.get(key);
    if (!f) read.set(key, f = withDeclaredZone(readSummary(p, [o.preamble, ...regions.map(regionRange)], stamps), declared));
    return f;
  };
  for (const check of checks) {
    if (check === "timeline" || check === "task-list" || check === "owner-deadline") continue;
    facts[check] = factsOf(regionsWith2(check));
  }
  const summary = factsOf(o.regions.filter((r) => t.sections[r.templateIndex].content?.some((c) => SUMMARY_CHECKS.includes(c))));
  const timeline = readTimelineOf(p, o, stamps, summary);
  const tasks = readTasks(p, o);
  const reading = readingOf(p, o, timeline);
  const model = {
    lines: p.lines,
    lineCount: p.lineCount,
    eol: p.source.eol,
    bom: p.source.bom,
    template: t,
    templateSource: o.templateSource,
    sections: o.sections,
    regions: o.regions,
    duplicates: o.match.duplicates.map((d) => ({ section: d.section, templateIndex: d.templateSection })),
    preamble: o.preamble,
    summary,
    tasks,
    mermaid: p.mermaid,
    words: p.words,
    reading,
    facts,
    parsed: p,
    times: stamps.all(),
    ...timeline ? { timeline } : {},
    ...o.title !== void 0 ? { title: o.title } : {},
    ...o.titleLine !== void 0 && o.titleLine >= 0 ? { titleLine: o.titleLine } : {},
    ...p.frontMatter ? { frontMatter: p.frontMatter.data } : {},
    ...p.templateHint ? { templateHint: p.templateHint } : {}
  };
  return freeze(model);
}
function withDeclaredZone(f, declared) {
  if (!f.zone && declared && (f.start || f.end)) f.zone = declared;
  return f;
}
function declaredZone(p) {
  for (let n = 0; n < p.lineCount; n++) {
    if (p.kinds[n] !== 1 /* Text */) continue;
    const line = p.lines[n];
    const m = ALL_TIMES.exec(line.length > 2e3 ? line.slice(0, 2e3) : line);
    if (!m) continue;
    const z = findZone(line.slice(m.index, m.index + 200));
    if (z) return z;
  }
  return void 0;
}
function readTimelineOf(p, o, stamps, summary) {
  const t = o.template;
  const region = o.regions.find((r) => t.sections[r.templateIndex].content?.includes("timeline"));
  let section2 = region?.section;
  let start = region?.startLine, end = region?.endLine;
  if (region === void 0) {
    let best = 0.7;
    o.sections.forEach((s, i) => {
      const sc = bestSimilarity(headingKey(s.title), TIMELINE_KEYS);
      if (sc > best) [best, section2, start, end] = [sc, i, s.bodyStartLine, s.endLine];
    });
  }
  if (start === void 0 || end === void 0) return void 0;
  const heading2 = section2 !== void 0 ? o.sections[section2].rawTitle : "";
  const read = readTimeline(p, start, end, heading2, stamps);
  const { keys, rollover } = orderKeys(read.entries, read.zone ?? summary.zone);
  const first = keys.find((k) => k !== void 0);
  const phases = classifyTimeline(read.entries);
  const entries = read.entries;
  entries.forEach((e, i) => {
    const k = keys[i];
    e.phase = phases[i];
    if (k !== void 0 && first !== void 0 && !(rollover && k - first >= 1440 * 2)) e.elapsedMinutes = k - first;
  });
  const tl = { startLine: start, endLine: end, entries, ...section2 !== void 0 ? { section: section2 } : {}, ...read.zone ? { zone: read.zone } : {} };
  if (rollover) tl.rolloverGuessed = true;
  return tl;
}
function readTasks(p, o) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const r of o.regions) {
    if (!o.template.sections[r.templateIndex].content?.includes("task-list")) continue;
    for (const task2 of tasksIn(p, r.startLine, r.endLine, r.startColumn)) if (!seen.has(task2.line)) [seen.add(task2.line), out.push(task2)];
  }
  for (const task2 of checkboxTasks(p)) if (!seen.has(task2.line)) [seen.add(task2.line), out.push(task2)];
  return out.sort((a, b) => a.line - b.line);
}
var ESSAY = /\bpostmortems?\b|\bpost-mortems?\b/gi;
function readingOf(p, o, timeline) {
  let prose = 0, timed = false, mentions = 0;
  const headings = new Set(o.sections.map((s) => s.headingLine));
  for (let n = 0; n < p.lineCount; n++) {
    if (p.kinds[n] !== 1 /* Text */ || headings.has(n) || n === o.titleLine) continue;
    const line = p.lines[n];
    if (/[\p{L}\p{N}]/u.test(line)) prose++;
    if (!timed && /\d/.test(line) && (stampsIn(line) || datesIn(line))) timed = true;
    const head = line.length > 2e3 ? line.slice(0, 2e3) : line;
    ESSAY.lastIndex = 0;
    while (ESSAY.exec(head)) mentions++;
  }
  if (o.sections.length > 0 && prose === 0) return { postmortem: false, why: "no section has content" };
  const entries = timeline?.entries.filter((e) => e.time || e.date).length ?? 0;
  if (!timed && entries === 0 && mentions >= 2 && o.sections.length > 0) {
    return { postmortem: false, why: "it describes no incident: no time or date, no timeline, and it talks about postmortems in general" };
  }
  return { postmortem: true };
}
function stampsIn(line) {
  return /\d[:.]\d\d|\d{4}\s?h(?:rs?|ours?)\b|\d\s?[ap]\.?\s?m\b/i.test(line);
}
function datesIn(line) {
  return /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(line);
}
function freeze(m) {
  const deep = (v, depth) => {
    if (v === null || typeof v !== "object" || Object.isFrozen(v)) return;
    Object.freeze(v);
    if (depth === 0) return;
    for (const x of Object.values(v)) deep(x, depth - 1);
  };
  for (const [k, v] of Object.entries(m)) {
    if (k === "parsed") continue;
    deep(v, k === "times" || k === "lines" ? 0 : 3);
  }
  return Object.freeze(m);
}

// src/core/templates/alx-0x19.ts
var alx0x19 = {
  id: "alx-0x19",
  title: "ALX 0x19 Postmortem",
  description: "The 0x19 assignment: Issue Summary, Timeline, Root cause and resolution, Corrective and preventative measures; 400 to 600 words.",
  wordRange: { min: 400, max: 600 },
  sections: [
    {
      id: "issue-summary",
      title: "Issue Summary",
      required: true,
      aliases: ["summary", "incident summary", "executive summary", "outage summary", "summary of the issue", "overview", "incident overview", "issue summary and impact", "issue description", "incident description", "problem statement", "introduction", "what happened"],
      content: ["duration", "start-end", "time-zone", "impact", "percent-users", "root-cause"],
      skeleton: "**Duration:** ${1:YYYY-MM-DD} ${2:HH:MM} - ${3:HH:MM} UTC (${4:N} minutes)\n\n**Impact:** ${5:what was down or slow, what users saw, % of users affected}\n\n**Root cause:** ${6:one sentence on what caused it}\n"
    },
    {
      id: "timeline",
      title: "Timeline",
      required: true,
      aliases: ["chronology", "sequence of events", "timeline of events", "incident timeline", "timeline of the incident", "events"],
      content: ["timeline"],
      skeleton: "- ${1:HH:MM} UTC - ${2:when and how the issue was detected}\n- ${3:HH:MM} UTC - ${4:who the incident was escalated to}\n- ${5:HH:MM} UTC - ${6:how the incident was resolved}\n"
    },
    {
      id: "root-cause-and-resolution",
      title: "Root cause and resolution",
      required: true,
      aliases: ["root cause", "root causes", "root cause analysis", "cause and resolution", "root cause and fix", "root cause and remediation", "resolution", "cause", "what went wrong"],
      skeleton: "${1:What caused the issue, in detail.}\n\n${2:How the issue was fixed, in detail.}\n"
    },
    {
      id: "corrective-and-preventative-measures",
      title: "Corrective and preventative measures",
      required: true,
      aliases: ["corrective and preventive measures", "corrective measures", "preventative measures", "preventive measures", "corrective actions", "preventive actions", "corrective and preventative actions", "prevention", "prevention and future measures", "action items", "remediation", "next steps", "follow up", "improvements", "measures", "future measures", "preventive steps", "preventative steps"],
      content: ["task-list"],
      skeleton: "${1:What can be improved or fixed, broadly.}\n\n- [ ] ${2:a specific task, e.g. patch the Nginx server}\n- [ ] ${3:another task, e.g. add monitoring on server memory}\n"
    }
  ]
};

// src/core/templates/atlassian.ts
var atlassian = {
  id: "atlassian",
  title: "Atlassian incident postmortem",
  description: "Atlassian Incident Handbook template: Incident summary, Leadup, Fault, Impact, Detection, Response, Recovery, Timeline, Five whys, Root cause, Backlog check, Recurrence, Lessons learned, Corrective actions.",
  sections: [
    { id: "incident-summary", title: "Incident summary", required: true, aliases: ["summary"], content: ["duration", "impact"], skeleton: "${1:Between HH:MM and HH:MM UTC on YYYY-MM-DD, N customers experienced ...}\n" },
    { id: "leadup", title: "Leadup", required: false, aliases: ["lead up", "background"], skeleton: "${1:The circumstances that led to the incident.}\n" },
    { id: "fault", title: "Fault", required: true, aliases: ["the fault"], skeleton: "${1:How the change failed.}\n" },
    { id: "impact", title: "Impact", required: true, aliases: ["customer impact"], content: ["impact", "percent-users"], skeleton: "${1:N% of customers ... for N minutes.}\n" },
    { id: "detection", title: "Detection", required: true, aliases: ["how it was detected"], skeleton: "${1:When and how the incident was detected.}\n" },
    { id: "response", title: "Response", required: true, aliases: ["incident response"], skeleton: "${1:Who responded, when, and how.}\n" },
    { id: "recovery", title: "Recovery", required: true, aliases: ["resolution", "mitigation"], skeleton: "${1:How service was restored.}\n" },
    { id: "timeline", title: "Timeline", required: true, aliases: ["chronology", "incident timeline"], content: ["timeline"], skeleton: "- ${1:HH:MM} UTC - ${2:...}\n" },
    { id: "five-whys", title: "Five whys", required: false, aliases: ["5 whys", "root cause identification", "root cause identification the five whys"], skeleton: "1. ${1:Why?}\n" },
    { id: "root-cause", title: "Root cause", required: true, aliases: ["root causes", "root cause analysis"], content: ["root-cause"], skeleton: "${1:...}\n" },
    { id: "backlog-check", title: "Backlog check", required: false, aliases: ["related records"], skeleton: "${1:...}\n" },
    { id: "recurrence", title: "Recurrence", required: false, aliases: [], skeleton: "${1:...}\n" },
    { id: "lessons-learned", title: "Lessons learned", required: false, aliases: ["lessons"], skeleton: "- ${1:...}\n" },
    { id: "corrective-actions", title: "Corrective actions", required: true, aliases: ["follow up tasks", "action items", "corrective and preventative measures"], content: ["task-list", "owner-deadline"], skeleton: "- [ ] ${1:Action} \u2014 owner: ${2:@name}, due: ${3:YYYY-MM-DD}\n" }
  ]
};

// src/core/templates/gitlab-rca.ts
var gitlabRca = {
  id: "gitlab-rca",
  title: "GitLab RCA",
  description: "GitLab incident review (RCA): Summary, Impact & Metrics, Detection & Response, Timeline, Root Cause Analysis (5 whys), What went well, What can be improved, Corrective actions.",
  sections: [
    {
      id: "summary",
      title: "Summary",
      required: true,
      aliases: ["incident summary", "incident review"],
      content: ["duration", "impact"],
      skeleton: "1. Service(s) affected: ${1:...}\n2. Team attribution: ${2:...}\n3. Time to detection: ${3:N minutes}\n4. Minutes downtime or degradation: ${4:N}\n"
    },
    {
      id: "impact-and-metrics",
      title: "Impact & Metrics",
      required: true,
      aliases: ["impact and metrics", "impact", "metrics"],
      content: ["impact", "percent-users"],
      skeleton: "| Question | Answer |\n| -------- | ------ |\n| What was the impact | ${1:...} |\n| Who was impacted | ${2:N% of users} |\n"
    },
    {
      id: "detection-and-response",
      title: "Detection & Response",
      required: true,
      aliases: ["detection and response", "detection", "response"],
      skeleton: "| Question | Answer |\n| -------- | ------ |\n| When was the incident detected? | ${1:YYYY-MM-DD HH:MM UTC} |\n| How was the incident detected? | ${2:...} |\n"
    },
    { id: "timeline", title: "Timeline", required: false, aliases: ["chronology", "incident timeline"], content: ["timeline"], skeleton: "- ${1:YYYY-MM-DD HH:MM} UTC - ${2:...}\n" },
    { id: "root-cause-analysis", title: "Root Cause Analysis", required: true, aliases: ["root cause", "root causes", "rca", "five whys", "5 whys"], content: ["root-cause"], skeleton: "1. Why? ${1:...}\n" },
    { id: "what-went-well", title: "What went well", required: false, aliases: ["went well"], skeleton: "- ${1:...}\n" },
    { id: "what-can-be-improved", title: "What can be improved", required: false, aliases: ["what went wrong", "improvements"], skeleton: "- ${1:...}\n" },
    { id: "corrective-actions", title: "Corrective actions", required: true, aliases: ["corrective action", "action items", "follow up", "corrective and preventative measures"], content: ["task-list"], skeleton: "- [ ] ${1:Issue link} \u2014 ${2:owner}\n" }
  ]
};

// src/core/templates/google-sre.ts
var googleSre = {
  id: "google-sre",
  title: "Google SRE book",
  description: "The SRE book example (Appendix D): Date, Authors, Status, Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned, Timeline, Supporting information.",
  sections: [
    { id: "date", title: "Date", required: false, aliases: ["incident date", "incident dates"], skeleton: "${1:YYYY-MM-DD}\n" },
    { id: "authors", title: "Authors", required: false, aliases: ["author", "owners"], skeleton: "- ${1:name}\n" },
    { id: "status", title: "Status", required: false, aliases: [], skeleton: "${1:draft, in review, or complete (and whether action items are open)}\n" },
    { id: "summary", title: "Summary", required: true, aliases: ["incident summary", "executive summary"], content: ["duration"], skeleton: "${1:What was down, for how long, and why.}\n" },
    { id: "impact", title: "Impact", required: true, aliases: ["user impact", "customer impact"], content: ["impact"], skeleton: "${1:Queries lost, revenue impact, users affected.}\n" },
    { id: "root-causes", title: "Root Causes", required: true, aliases: ["root cause", "root cause analysis", "causes"], content: ["root-cause"], skeleton: "${1:...}\n" },
    { id: "trigger", title: "Trigger", required: true, aliases: ["triggers"], skeleton: "${1:What set it off.}\n" },
    { id: "resolution", title: "Resolution", required: true, aliases: ["mitigation", "resolution and recovery", "recovery"], skeleton: "${1:What was done to mitigate and fix.}\n" },
    { id: "detection", title: "Detection", required: true, aliases: ["how it was detected"], skeleton: "${1:Which alert or who noticed.}\n" },
    {
      id: "action-items",
      title: "Action Items",
      required: true,
      aliases: ["action plan", "follow up", "follow ups", "corrective actions"],
      content: ["task-list"],
      skeleton: "| Action Item | Type | Owner | Bug |\n| ----------- | ---- | ----- | --- |\n| ${1:...} | ${2:mitigate} | ${3:owner} | ${4:n/a} |\n"
    },
    { id: "lessons-learned", title: "Lessons Learned", required: true, aliases: ["lessons", "what went well", "what went wrong"], skeleton: "### What went well\n\n- ${1:...}\n\n### What went wrong\n\n- ${2:...}\n\n### Where we got lucky\n\n- ${3:...}\n" },
    {
      id: "timeline",
      title: "Timeline",
      required: true,
      aliases: ["chronology", "incident timeline"],
      content: ["timeline"],
      skeleton: "${1:YYYY-MM-DD} (*all times UTC*)\n\n| Time | Description |\n| ---- | ----------- |\n| ${2:HH:MM} | ${3:OUTAGE BEGINS} |\n"
    },
    { id: "supporting-information", title: "Supporting information", required: false, aliases: ["supporting info", "references", "appendix"], skeleton: "- ${1:link}\n" }
  ]
};

// src/core/templates/incident-report.ts
var incidentReport = {
  id: "incident-report",
  title: "Incident Report",
  description: "Corporate incident report: Incident Details, Introduction, Summary, Timeline, Impact Analysis, Root Cause Analysis, Action Items (Responsible, Deadline), Lessons Learned, Appendices.",
  sections: [
    {
      id: "incident-details",
      title: "Incident Details",
      required: true,
      aliases: ["details", "incident information", "incident info"],
      content: ["start-end", "time-zone"],
      skeleton: "- **Incident ID:** ${1:IR-YYYYMMDD}\n- **Date/Time of Incident:** ${2:Month D, YYYY}, ${3:HH:MM} - ${4:HH:MM} UTC\n- **Report Prepared by:** ${5:Name, Role}\n- **Reviewed by:** ${6:Name, Role}\n"
    },
    { id: "introduction", title: "Introduction", required: false, aliases: ["background", "overview"], skeleton: "${1:What happened, when, and how it was detected.}\n" },
    {
      id: "summary",
      title: "Summary of the Incident",
      required: true,
      aliases: ["incident summary", "summary", "executive summary"],
      content: ["impact", "root-cause"],
      skeleton: "${1:What failed, why, and what it cost.}\n"
    },
    {
      id: "timeline",
      title: "Timeline",
      required: true,
      aliases: ["chronology", "sequence of events", "incident timeline", "timeline of events"],
      content: ["timeline"],
      skeleton: "- **${1:HH:MM} UTC** - ${2:when and how the outage was detected}\n- **${3:HH:MM} UTC** - ${4:when full service was restored, and how}\n"
    },
    {
      id: "impact-analysis",
      title: "Impact Analysis",
      required: true,
      aliases: ["impact", "business impact", "customer impact", "impact assessment"],
      content: ["impact"],
      skeleton: "- **Direct Impact:** ${1:\u2026}\n- **Indirect Impact:** ${2:\u2026}\n- **Data Loss:** ${3:\u2026}\n"
    },
    {
      id: "root-cause-analysis",
      title: "Root Cause Analysis",
      required: true,
      aliases: ["root cause", "root causes", "rca", "cause analysis"],
      content: ["root-cause"],
      skeleton: "${1:The root cause was ...}\n"
    },
    {
      id: "action-items",
      title: "Action Items and Remediations",
      required: true,
      aliases: ["action items", "remediations", "remediation", "corrective actions", "corrective and preventative measures", "follow up actions"],
      content: ["task-list", "owner-deadline"],
      skeleton: "1. **${1:Action title}**\n   - **Action:** ${2:\u2026}\n   - **Responsible:** ${3:Team or person}\n   - **Deadline:** ${4:Month D, YYYY}\n"
    },
    { id: "lessons-learned", title: "Lessons Learned", required: true, aliases: ["lessons", "learnings", "takeaways", "what we learned"], skeleton: "- **Technical:** ${1:\u2026}\n- **Process:** ${2:\u2026}\n" },
    { id: "flowchart", title: "Flowchart Diagram", required: false, aliases: ["flowchart", "diagram", "incident flowchart"], skeleton: "```mermaid\nflowchart LR\n  A[Detected] --> B[Resolved]\n```\n" },
    { id: "appendices", title: "Appendices and Supporting Information", required: false, aliases: ["appendices", "appendix", "supporting information", "references"], skeleton: "- **Appendix A:** ${1:\u2026}\n" }
  ]
};

// src/core/templates/index.ts
var builtinTemplates = [alx0x19, incidentReport, googleSre, atlassian, gitlabRca];
var DEFAULT_TEMPLATE_ID = "alx-0x19";
function getTemplate(id, custom = []) {
  const want = id.trim().toLowerCase();
  return custom.find((t) => t.id.toLowerCase() === want) ?? builtinTemplates.find((t) => t.id.toLowerCase() === want);
}
function allTemplates(custom = []) {
  const ids = new Set(custom.map((t) => t.id.toLowerCase()));
  return [...custom, ...builtinTemplates.filter((t) => !ids.has(t.id.toLowerCase()))];
}

// src/core/outline/candidates.ts
var indexMemo = /* @__PURE__ */ new WeakMap();
var NO_CUSTOM = [];
function aliasIndex(custom = NO_CUSTOM) {
  let idx = indexMemo.get(custom);
  if (!idx) indexMemo.set(custom, idx = buildIndex(custom));
  return idx;
}
function buildIndex(custom) {
  const refs = /* @__PURE__ */ new Map();
  const templates = [...allTemplates(custom)];
  for (const t of templates) {
    t.sections.forEach((s, si) => {
      [s.title, ...s.aliases].forEach((a, ai) => {
        const k = headingKey(a);
        if (!k) return;
        let list2 = refs.get(k);
        if (!list2) refs.set(k, list2 = []);
        if (!list2.some((r) => r.template === t && r.section === si && (r.title || ai > 0))) list2.push({ template: t, section: si, title: ai === 0 });
      });
    });
  }
  const texts = [...refs.keys()];
  return { exact: new Set(texts), keys: texts.map(toKey), refs: texts.map((k) => refs.get(k)) };
}
function aliasHits(key, index) {
  const out = [];
  if (!key.text) return out;
  index.keys.forEach((k, i) => {
    const s = similarity(key, k);
    if (s > 0) out.push([i, s]);
  });
  return out;
}
var MAX_TITLE_WORDS = 10;
function findCandidates(p, index) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const keyed = (c) => {
    const key = headingKey(c.title);
    let known = seen.get(key);
    if (!known) {
      const k = toKey(key);
      seen.set(key, known = { k, hits: aliasHits(k, index) });
    }
    return { ...c, key, k: known.k, hits: known.hits };
  };
  const itemStarts = /* @__PURE__ */ new Set();
  const headingAt = /* @__PURE__ */ new Map();
  for (const b of p.blocks) {
    if (b.kind === "item") itemStarts.add(b.startLine);
    else if (b.kind === "heading") headingAt.set(b.startLine, { rank: b.level, style: b.style, content: b.content ?? "", depth: b.depth });
  }
  let lastRank;
  for (let n = 0; n < p.lineCount; n++) {
    const h = headingAt.get(n);
    if (h) {
      if (h.depth > 0) continue;
      const title = cleanTitle(h.content);
      const field = fieldHeading(h.content, h.rank, lastRank);
      if (field === "field") continue;
      if (field === "label") out.push(keyed({ line: n, style: "emphasis", rawTitle: h.content, title }));
      else {
        out.push(keyed({ line: n, style: h.style, rank: h.rank, rawTitle: h.content, title }));
        lastRank = h.rank;
      }
      if (h.style === "setext") n++;
      continue;
    }
    if (p.kinds[n] !== 1 /* Text */ || itemStarts.has(n)) continue;
    const raw = p.lines[n];
    const line = p.quote[n] ? raw.replace(/^(?:\s{0,3}>)+/, "") : raw;
    if (p.depth[n] > 0 && /^\s/.test(line)) continue;
    const html = htmlHeading(line);
    if (html) {
      out.push(keyed({ line: n, ...html }));
      if (html.rank) lastRank = html.rank;
      continue;
    }
    const c = pseudoHeading(line, index, p.depth[n] > 0);
    if (c) out.push(keyed({ line: n, ...c }));
  }
  return out;
}
function fieldHeading(content, rank, previousRank) {
  if (previousRank === void 0 || rank >= previousRank) return void 0;
  const text2 = content.trim();
  const colon = text2.indexOf(":");
  if (colon > 0 && text2.slice(colon + 1).trim().split(/\s+/).length >= 3) return "field";
  return /:[\s*_]*$/.test(text2) ? "label" : void 0;
}
var HTML_HEADING = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>\s*$/i;
var HTML_EMPHASIS = /^\s*(?:<p\b[^>]*>\s*)?<(strong|b|em|i)\b[^>]*>(.*?)<\/\1\s*>\s*:?\s*(?:<\/p\s*>)?\s*$/i;
function htmlHeading(line) {
  if (line.length > 300 || !line.includes("<")) return void 0;
  const h = HTML_HEADING.exec(line);
  if (h) {
    const title = cleanTitle(h[2]);
    return title ? { style: "html", rank: Number(h[1]), rawTitle: h[2], title } : void 0;
  }
  const e = HTML_EMPHASIS.exec(line);
  if (e) {
    const title = cleanTitle(e[2]);
    return title && shortTitle(title) ? { style: "emphasis", rawTitle: e[2], title } : void 0;
  }
  return void 0;
}
function shortTitle(title) {
  if (title.length > 80 || /[.!?]$/.test(title) || title.split(" ").length > MAX_TITLE_WORDS) return false;
  if (mayHaveTime(title)) return false;
  const d = findDates(title)[0];
  return !(d && title.length - (d.end - d.start) < 4);
}
function decorationLength(line) {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const cp = line.codePointAt(i);
    if (cp < 8192 || !isDecoration(cp)) break;
    i += cp > 65535 ? 2 : 1;
  }
  return i;
}
function pseudoHeading(full, index, lazy) {
  const line = full.length > 400 ? full.slice(0, 400) : full;
  const lead = line.length - line.trimStart().length;
  const deco = lead + decorationLength(line.slice(lead));
  const c0 = line.charCodeAt(deco);
  const c = c0 === 42 || c0 === 95 ? emphasisHeading(line, deco, index, lazy) : plainHeading(line, deco, index, lazy);
  return c && (c.style === "label" || full.length <= 400) ? c : void 0;
}
function runLength(line, i, ch) {
  let j = i;
  while (j < line.length && line.charCodeAt(j) === ch) j++;
  return j - i;
}
function emphasisHeading(line, at, index, lazy) {
  const ch = line.charCodeAt(at);
  const open = runLength(line, at, ch);
  if (open > 3) return void 0;
  let i = at + open;
  let close = -1;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === ch && i > at + open && line.charCodeAt(i - 1) !== 32) {
      close = i;
      break;
    }
    i++;
  }
  if (close < 0) return void 0;
  const closeLen = runLength(line, close, ch);
  const inner = line.slice(at + open, close);
  let after = close + closeLen;
  const rest = line.slice(after).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "");
  const restTrim = rest.replace(/^[\s*_]+/, "");
  const title = cleanTitle(inner);
  if (!title) return void 0;
  const innerColon = /:\s*$/.test(inner);
  if (/^[\s:;.,\-–—*_\\]*$/.test(rest)) {
    if (!shortTitle(title)) return void 0;
    if (lazy && bestSimilarity(headingKey(title), index.keys) < 0.9) return void 0;
    return { style: "emphasis", rawTitle: line.slice(at, after).trim(), title };
  }
  const score = bestSimilarity(headingKey(title), index.keys);
  if (innerColon || /^[:\-–—]/.test(restTrim)) {
    if (score < 0.9 || title.split(" ").length > 6) return void 0;
    const sep = /^[\s*_]*[:\-–—]?[\s*_]*/.exec(rest)[0].length;
    after += sep;
    return { style: "label", rawTitle: inner, title, rest: line.slice(after).trim(), bodyColumn: after };
  }
  if (score < 0.9 || lazy) return void 0;
  return { style: "emphasis", rawTitle: line.slice(at).trim(), title, rest: restTrim.trim() };
}
function plainHeading(line, at, index, lazy) {
  const t = line.slice(at).trim();
  if (t.length < 4 || /^[-+>|#\d<\[!(]/.test(t)) return void 0;
  const decorated = at > line.length - line.trimStart().length;
  const colon = t.indexOf(":");
  if (colon > 0 && colon < 60 && t.slice(colon + 1).trim() !== "") {
    if (lazy) return void 0;
    const label2 = t.slice(0, colon);
    const title2 = cleanTitle(label2);
    if (!title2 || title2.split(" ").length > 6 || mayHaveTime(label2)) return void 0;
    if (bestSimilarity(headingKey(title2), index.keys) < 0.9) return void 0;
    const bodyColumn = line.indexOf(":", at) + 1;
    return { style: "label", rawTitle: label2, title: title2, rest: t.slice(colon + 1).trim(), bodyColumn: bodyColumn + (line.slice(bodyColumn).length - line.slice(bodyColumn).trimStart().length) };
  }
  if (t.length > 70 || /[.?!,]$/.test(t)) return void 0;
  const title = cleanTitle(t);
  const key = headingKey(title);
  if (!key || key.split(" ").length > 7) return void 0;
  if (index.exact.has(key)) return { style: "plain", rawTitle: t, title };
  if (key.length < 6) return void 0;
  const min = lazy ? 0.9 : decorated ? MATCH_THRESHOLD : 0.84;
  return bestSimilarity(key, index.keys) >= min ? { style: "plain", rawTitle: t, title } : void 0;
}

// src/core/outline/match.ts
var STYLE_WEIGHT = { atx: 1, setext: 1, html: 1, emphasis: 0.99, plain: 0.97, label: 0.95 };
var keysOf = /* @__PURE__ */ new WeakMap();
function sectionKeys(ts) {
  let k = keysOf.get(ts);
  if (!k) keysOf.set(ts, k = [ts.title, ...ts.aliases].map((a) => toKey(headingKey(a))));
  return k;
}
function sectionScore(key, keys) {
  const k = typeof key === "string" ? toKey(key) : key;
  let best = similarity(k, keys[0]);
  for (let i = 1; i < keys.length && best < 1; i++) best = Math.max(best, similarity(k, keys[i]) * 0.98);
  return best;
}
function scoreTable(candidates, template2, index) {
  return candidates.map((c) => {
    const row = new Array(template2.sections.length).fill(0);
    for (const [ki, sim] of c.hits) {
      for (const r of index.refs[ki]) {
        if (r.template !== template2) continue;
        const v = sim * (r.title ? 1 : 0.98) * STYLE_WEIGHT[c.style];
        if (v > row[r.section]) row[r.section] = v;
      }
    }
    if (!index.refs.some((list2) => list2.some((r) => r.template === template2))) template2.sections.forEach((ts, i) => row[i] = sectionScore(c.k, sectionKeys(ts)) * STYLE_WEIGHT[c.style]);
    return row;
  });
}
function matchTemplate(candidates, scores, skip = /* @__PURE__ */ new Set()) {
  const pairs = [];
  candidates.forEach((c, si) => {
    if (skip.has(si)) return;
    scores[si].forEach((score, ti) => {
      if (score >= MATCH_THRESHOLD * STYLE_WEIGHT[c.style]) pairs.push({ section: si, templateSection: ti, score });
    });
  });
  const rank = (c) => c.rank ?? 7;
  pairs.sort((a, b) => b.score - a.score || rank(candidates[a.section]) - rank(candidates[b.section]) || a.section - b.section);
  const usedS = /* @__PURE__ */ new Set(), usedT = /* @__PURE__ */ new Map();
  const matches = [], duplicates = [];
  for (const p of pairs) {
    if (usedS.has(p.section)) continue;
    const prior = usedT.get(p.templateSection);
    if (prior) {
      const a = candidates[prior.section], b = candidates[p.section];
      if (p.score >= 0.85 && b.style !== "label" && rank(a) === rank(b) && similarity(a.k, b.k) >= 0.85) {
        duplicates.push(p);
        usedS.add(p.section);
      }
      continue;
    }
    usedS.add(p.section);
    usedT.set(p.templateSection, p);
    matches.push(p);
  }
  preferInOrder(pairs, matches, usedS);
  matches.sort((a, b) => a.section - b.section);
  duplicates.sort((a, b) => a.section - b.section);
  return { matches, duplicates };
}
function inOrder(matches, skip, t, section2) {
  for (const m of matches) {
    if (m === skip) continue;
    if (m.templateSection < t ? m.section > section2 : m.section < section2) return false;
  }
  return true;
}
function preferInOrder(pairs, matches, usedS) {
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (inOrder(matches, m, m.templateSection, m.section)) continue;
    const alt = pairs.find((p) => p.templateSection === m.templateSection && !usedS.has(p.section) && p.score >= m.score - 0.03 && inOrder(matches, m, p.templateSection, p.section));
    if (!alt) continue;
    usedS.delete(m.section);
    usedS.add(alt.section);
    matches[i] = alt;
  }
}
function templateFit(candidates, template2, skip, index) {
  const headings = candidates.slice(0, 200).map((c, i) => c.style === "label" ? -1 : i).filter((i) => i >= 0 && !skip.has(i));
  const subset = headings.map((i) => candidates[i]);
  const { matches } = matchTemplate(subset, scoreTable(subset, template2, index));
  if (matches.length < 2) return 0;
  let got = 0, want = 0, covered = 0;
  for (const ts of template2.sections) want += ts.required ? 1 : 0.3;
  for (const m of matches) {
    got += m.score * (template2.sections[m.templateSection].required ? 1 : 0.3);
    if (subset[m.section].style !== "plain") covered++;
  }
  const real = subset.filter((c) => c.style !== "plain").length || 1;
  return 0.5 * (got / want) + 0.5 * Math.min(1, covered / real);
}
function chooseTemplate(candidates, skip, hint, opts, index) {
  const custom = opts.customTemplates ?? [];
  const forced = opts.template ? getTemplate(opts.template, custom) : void 0;
  if (forced) return { template: forced, source: "option" };
  const hinted = hint ? getTemplate(hint, custom) : void 0;
  if (hinted) return { template: hinted, source: "hint" };
  const fallback = getTemplate(opts.defaultTemplate ?? DEFAULT_TEMPLATE_ID, custom) ?? getTemplate(DEFAULT_TEMPLATE_ID);
  let best, bestFit = 0;
  for (const t of allTemplates(custom)) {
    const fit = templateFit(candidates, t, skip, index) + (t.id === fallback.id ? 0.05 : 0);
    if (fit > bestFit) [best, bestFit] = [t, fit];
  }
  return best && bestFit >= 0.3 ? { template: best, source: "match" } : { template: fallback, source: "default" };
}

// src/core/outline/index.ts
function outline(p, options = {}) {
  const index = aliasIndex(options.customTemplates);
  const candidates = findCandidates(p, index);
  const title = findTitle(p, candidates, index);
  const skip = new Set(title?.candidate !== void 0 ? [title.candidate] : []);
  const { template: template2, source } = chooseTemplate(candidates, skip, p.templateHint, options, index);
  const scores = scoreTable(candidates, template2, index);
  const raw = matchTemplate(candidates, scores, skip);
  const matched = new Set([...raw.matches, ...raw.duplicates].map((m) => m.section));
  const keep = candidates.map((c, i) => c.style !== "label" || matched.has(i));
  const newIndex = [];
  const kept = [];
  candidates.forEach((c, i) => {
    newIndex[i] = kept.length;
    if (keep[i]) kept.push(c);
  });
  const remap = (m) => ({ ...m, section: newIndex[m.section] });
  const match2 = { matches: raw.matches.map(remap), duplicates: raw.duplicates.map(remap) };
  const sections = buildSections(p, kept, match2, template2);
  const titleLine = title?.line;
  const firstBody = sections.find((s) => s.headingLine !== titleLine);
  const preambleStart = titleLine !== void 0 && (!firstBody || titleLine < firstBody.headingLine) ? titleLine + 1 : 0;
  const preamble = [preambleStart, firstBody ? firstBody.headingLine : p.lineCount];
  const bestOf = kept.map((_c, i) => bestTemplateSection(scores[candidates.indexOf(kept[i])]));
  let regions = titleRegions(p, sections, match2, template2, bestOf);
  contentRegions(p, sections, template2, regions, preamble, titleLine);
  for (let guard = 0; guard < 4; guard++) {
    const nested = regions.find((r) => r.by === "title" && regions.some((o) => o.by === "content" && o !== r && isChild(sections, r.section, o.section)));
    if (!nested) break;
    match2.matches = match2.matches.filter((m) => m.section !== nested.section);
    delete sections[nested.section].templateSectionId;
    regions = titleRegions(p, sections, match2, template2, bestOf);
    contentRegions(p, sections, template2, regions, preamble, titleLine);
  }
  regions.sort((a, b) => a.startLine - b.startLine || a.templateIndex - b.templateIndex);
  const out = {
    sections,
    template: template2,
    templateSource: source,
    match: match2,
    regions,
    preamble,
    ...title ? { title: title.text, titleLine: title.line } : {}
  };
  return out;
}
function bestTemplateSection(row) {
  let best = -1, score = MATCH_THRESHOLD;
  row.forEach((s, i) => {
    if (s >= score) [best, score] = [i, s];
  });
  return best;
}
function findTitle(p, candidates, index) {
  if (p.frontMatter?.data["title"]) return { text: p.frontMatter.data["title"], line: -1 };
  let first = -1;
  for (let n = 0; n < p.lineCount; n++) {
    if (p.kinds[n] !== 1 /* Text */) continue;
    if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(p.lines[n])) continue;
    first = n;
    break;
  }
  if (first < 0) return void 0;
  const ci = candidates.findIndex((c) => c.line === first);
  if (ci >= 0) {
    const c = candidates[ci];
    const minRank = Math.min(...candidates.map((x) => x.rank ?? 7));
    const real = c.rank !== void 0;
    const namesSection = index.exact.has(c.key);
    if (!namesSection && (!real || c.rank === minRank || c.rank === 1)) return { text: c.title, line: first, candidate: ci };
    return void 0;
  }
  const line = p.lines[first].trim();
  if (p.depth[first] === 0 && line.length <= 90 && line.split(/\s+/).length <= 12 && !/[.?!,;]$/.test(line)) {
    const next = p.lines[first + 1];
    if (next === void 0 || isBlankLine(next) || candidates.some((c) => c.line === first + 1) || next.trim().length <= 90) {
      return { text: line.replace(/^[#*_\s]+|[*_\s]+$/g, ""), line: first };
    }
  }
  return void 0;
}
function buildSections(p, kept, match2, template2) {
  const byIndex = new Map(match2.matches.map((m) => [m.section, template2.sections[m.templateSection].id]));
  const out = [];
  let lastReal;
  const levels = kept.map((c) => {
    if (c.rank !== void 0) return lastReal = c.rank;
    return lastReal === void 0 ? 2 : Math.min(lastReal + 1, 6);
  });
  kept.forEach((c, i) => {
    const level = levels[i];
    const pseudo = c.rank === void 0;
    let end = p.lineCount;
    for (let j = i + 1; j < kept.length; j++) {
      if (levels[j] <= level || pseudo && kept[j].rank !== void 0) {
        end = kept[j].line;
        break;
      }
    }
    const inline2 = c.bodyColumn !== void 0;
    const s = { title: c.title, rawTitle: c.rawTitle, level, style: c.style, headingLine: c.line, bodyStartLine: inline2 ? c.line : Math.min(c.line + (c.style === "setext" ? 2 : 1), end), endLine: end };
    if (inline2) s.bodyColumn = c.bodyColumn;
    const id = byIndex.get(i);
    if (id) s.templateSectionId = id;
    out.push(s);
  });
  return out;
}
function titleRegions(p, sections, match2, template2, bestOf) {
  const matchedLines = match2.matches.map((m) => sections[m.section].headingLine).sort((a, b) => a - b);
  const real = (s) => s.style === "atx" || s.style === "setext" || s.style === "html";
  return match2.matches.map((m) => {
    const s = sections[m.section];
    let end = p.lineCount;
    for (const l of matchedLines) if (l > s.headingLine) {
      end = l;
      break;
    }
    let closeLevel = real(s) ? s.level : void 0;
    if (closeLevel === void 0) {
      for (let i = m.section - 1; i >= 0; i--) if (real(sections[i])) {
        closeLevel = sections[i].level;
        break;
      }
    }
    if (closeLevel !== void 0) {
      for (let i = m.section + 1; i < sections.length; i++) {
        const o = sections[i];
        if (o.headingLine >= end) break;
        if (real(o) && o.level <= closeLevel && bestOf[i] !== m.templateSection) {
          end = o.headingLine;
          break;
        }
      }
    }
    const r = {
      templateSectionId: template2.sections[m.templateSection].id,
      templateIndex: m.templateSection,
      by: "title",
      section: m.section,
      anchorLine: s.headingLine,
      startLine: s.bodyStartLine,
      endLine: Math.max(end, s.bodyStartLine + (s.bodyColumn !== void 0 ? 1 : 0))
    };
    if (s.bodyColumn !== void 0) r.startColumn = s.bodyColumn;
    return r;
  });
}
function roleOf(template2, index) {
  const ts = template2.sections[index];
  const names = [ts.title, ...ts.aliases].join(" ").toLowerCase();
  if (ts.content?.includes("timeline")) return "timeline";
  if (ts.content?.includes("task-list")) return "actions";
  if (/root cause/.test(names)) return "cause";
  if (/summary/.test(names) && ts.required) return "summary";
  return void 0;
}
function contentRegions(p, sections, template2, regions, preamble, titleLine) {
  const present = new Set(regions.map((r) => r.templateIndex));
  const used = new Set(regions.map((r) => r.section));
  const firstMatched = Math.min(...regions.map((r) => r.anchorLine), p.lineCount);
  template2.sections.forEach((ts, ti) => {
    if (!ts.required || present.has(ti)) return;
    const role = roleOf(template2, ti);
    if (!role) return;
    if (role === "summary" && preamble[1] <= firstMatched && readsAs(p, "opening", preamble[0], preamble[1])) {
      regions.push({ templateSectionId: ts.id, templateIndex: ti, by: "opening", anchorLine: firstProseLine(p, preamble[0], preamble[1]), startLine: preamble[0], endLine: preamble[1] });
      present.add(ti);
      return;
    }
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i];
      if (used.has(i) || s.headingLine === titleLine || RESIDUE_TITLE.test(s.title)) continue;
      if (regions.some((r) => r.by !== "title" && s.headingLine > r.anchorLine && s.headingLine < r.endLine)) continue;
      if (role === "summary" && s.headingLine > firstMatched) break;
      const end = sectionEnd(sections, i, regions);
      if (!readsAs(p, role, s.bodyStartLine, end, s.title)) continue;
      regions.push({ templateSectionId: ts.id, templateIndex: ti, by: "content", section: i, anchorLine: s.headingLine, startLine: s.bodyStartLine, endLine: end });
      used.add(i);
      present.add(ti);
      break;
    }
  });
}
function isChild(sections, child, parent) {
  const c = sections[child], p = sections[parent];
  return c.headingLine > p.headingLine && c.headingLine < p.endLine && c.level > p.level;
}
function sectionEnd(sections, i, regions) {
  const s = sections[i];
  let end = s.endLine;
  for (const r of regions) if (r.anchorLine > s.headingLine && r.anchorLine < end) end = r.anchorLine;
  return end;
}
function firstProseLine(p, from, to) {
  for (let n = Math.max(0, from); n < to; n++) if (p.kinds[n] === 1 /* Text */) return n;
  return Math.max(0, from);
}

// src/core/edits/sections.ts
function stripSnippet(snippet) {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\{\d+\}|\$\d+/g, "");
}
function sectionMarkdown(ts, opts = {}) {
  const eol = opts.eol ?? "\n";
  const pseudo = opts.style === "emphasis" || opts.style === "plain" || opts.style === "label";
  const heading2 = pseudo ? `**${ts.title}**` : `${"#".repeat(opts.level ?? 2)} ${ts.title}`;
  const body = (opts.snippet ? ts.skeleton : stripSnippet(ts.skeleton)).replace(/\n+$/, "");
  return (body ? `${heading2}

${body}
` : `${heading2}
`).replace(/\n/g, eol);
}
function templateMarkdown(t, opts = {}) {
  return [`# ${opts.title ?? "Postmortem: " + (opts.snippet ? "${0:title}" : "title")}`, ...t.sections.map((s) => sectionMarkdown(s, { level: 2, snippet: opts.snippet ?? false }))].join("\n");
}
function sectionInsertEdit(m, template2, sectionId) {
  const ti = template2.sections.findIndex((s) => s.id === sectionId);
  if (ti < 0) return void 0;
  const byT = new Map(m.regions.map((r) => [r.templateIndex, r]));
  const titled = m.regions.find((r) => r.by === "title" && r.section !== void 0);
  const sample = titled ? m.sections[titled.section] : void 0;
  const eol = "\n";
  const lineText = (n) => m.lines[n] ?? "";
  const md2 = sectionMarkdown(template2.sections[ti], { level: sample?.level ?? 2, style: sample?.style ?? "atx", eol });
  for (let j = ti + 1; j < template2.sections.length; j++) {
    const next = byT.get(j);
    if (next && next.by !== "opening") return insertBefore(m, next.anchorLine, md2, eol);
  }
  let prev;
  for (let j = ti - 1; j >= 0 && prev === void 0; j--) prev = byT.get(j)?.endLine;
  const at = prev ?? m.lineCount;
  if (at < m.lineCount && lineText(at).trim() !== "") return insertBefore(m, at, md2, eol);
  if (at < m.lineCount) {
    const before = at > 0 && lineText(at - 1).trim() !== "" ? eol : "";
    return { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${before}${md2}${eol}` };
  }
  const last = m.lineCount - 1;
  const lastText = lineText(last);
  const lead = lastText.trim() === "" ? last > 0 && lineText(last - 1).trim() !== "" ? eol : "" : eol + eol;
  return { range: { startLine: last, startColumn: lastText.length, endLine: last, endColumn: lastText.length }, newText: `${lead}${md2}` };
}
function insertBefore(m, at, md2, eol) {
  const before = at > 0 && (m.lines[at - 1] ?? "").trim() !== "" ? eol : "";
  return { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${before}${md2}${eol}` };
}

// src/core/rules/rule.ts
function finding(rule, message, range, fix, severity, alternatives) {
  const f = { ruleId: rule.id, ruleName: rule.name, severity: severity ?? rule.severity, message, range };
  if (fix) f.fix = fix;
  if (alternatives?.length) f.alternativeFixes = alternatives;
  return f;
}
function lineRange(m, line) {
  const n = Math.max(0, Math.min(line, m.lineCount - 1));
  const text2 = m.lines[n] ?? "";
  const start = text2.length - text2.trimStart().length;
  return { startLine: n, startColumn: start === text2.length ? 0 : start, endLine: n, endColumn: text2.length };
}
function spanRange(line, start, end) {
  return { startLine: line, startColumn: start, endLine: line, endColumn: end };
}
function documentRange(m) {
  return lineRange(m, m.titleLine ?? 0);
}
function templateHas(t, check) {
  return t.sections.some((s) => s.content?.includes(check));
}
function regionsWith(m, check) {
  return m.regions.filter((r) => m.template.sections[r.templateIndex].content?.includes(check)).map((region) => ({ region, templateSection: m.template.sections[region.templateIndex] }));
}
function factsFor(m, check) {
  return m.facts[check] ?? {};
}
function regionName(m, r) {
  return r.section !== void 0 ? m.sections[r.section].title : m.template.sections[r.templateIndex].title;
}
function regionWords(m, r, limit = Infinity) {
  let n = 0;
  for (let i = r.startLine; i < r.endLine && n < limit; i++) {
    if (m.parsed.kinds[i] !== 1 /* Text */) continue;
    const line = i === r.startLine && r.startColumn ? m.lines[i].slice(r.startColumn) : m.lines[i];
    n += (line.slice(0, 2e3).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  }
  return n;
}

// src/core/rules/PM001-required-sections.ts
var requiredSections = {
  id: "PM001",
  name: "required-sections",
  description: "Every section the template requires is present (matched by title or alias, misspellings tolerated, or by what it says).",
  tags: ["sections", "template"],
  severity: "error",
  fixAll: true,
  check(m) {
    const present = new Set(m.regions.map((r) => r.templateIndex));
    return m.template.sections.flatMap((ts, i) => {
      if (!ts.required || present.has(i)) return [];
      const edit = sectionInsertEdit(m, m.template, ts.id);
      const fix = edit ? { title: `Insert section "${ts.title}"`, edits: [edit] } : void 0;
      return [finding(this, `Missing required section "${ts.title}" (${m.template.title})`, documentRange(m), fix)];
    });
  }
};

// src/core/rules/PM002-section-order.ts
var sectionOrder = {
  id: "PM002",
  name: "section-order",
  description: "Sections appear in the order the template gives them.",
  tags: ["sections", "template"],
  severity: "warning",
  check(m) {
    const ms = m.regions.filter((r) => r.by === "title").sort((a, b) => a.anchorLine - b.anchorLine);
    const idx = ms.map((r) => r.templateIndex);
    const keep = longestIncreasing(idx);
    const ts = m.template.sections;
    const out = [];
    for (let i = 0; i < ms.length; i++) {
      if (keep.has(i)) continue;
      const t = idx[i];
      let prev, next;
      for (const k of keep) {
        const v = idx[k];
        if (v < t && (prev === void 0 || v > prev)) prev = v;
        if (v > t && (next === void 0 || v < next)) next = v;
      }
      const where = prev !== void 0 ? `after "${ts[prev].title}"` : `before "${ts[next].title}"`;
      out.push(finding(this, `Section "${ts[t].title}" is out of order: the ${m.template.title} template puts it ${where}`, lineRange(m, ms[i].anchorLine)));
    }
    return out;
  }
};
function longestIncreasing(xs) {
  const tails = [], prevOf = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prevOf[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out = /* @__PURE__ */ new Set();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prevOf[k]) out.add(k);
  return out;
}

// src/core/rules/PM003-timeline-timezone.ts
function zoneKey(z) {
  return z.offsetMinutes !== void 0 && !z.iana ? `o${z.offsetMinutes}` : z.iana ?? z.raw.toUpperCase();
}
var timelineTimezone = {
  id: "PM003",
  name: "timeline-timezone",
  description: "Timeline entries carry a time zone (or the timeline declares one), and do not mix zones.",
  tags: ["timeline", "time"],
  severity: "warning",
  fixAll: true,
  appliesTo: (t) => templateHas(t, "timeline"),
  check(m) {
    const timed = (m.timeline?.entries ?? []).filter((e) => e.time?.valid);
    if (!timed.length) return [];
    const counts = /* @__PURE__ */ new Map();
    for (const e of timed) {
      if (!e.time.zone) continue;
      const k = zoneKey(e.time.zone);
      const c = counts.get(k) ?? { n: 0, raw: e.time.zone.raw };
      c.n++;
      counts.set(k, c);
    }
    let main;
    for (const entry of counts) if (!main || entry[1].n > main[1].n) main = entry;
    if (!main && (m.timeline?.zone || m.summary.zone)) return [];
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of timed) {
      const t = e.time;
      const key = `${t.line}:${t.startColumn}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = spanRange(e.line, t.startColumn, t.endColumn);
      if (!t.zone) {
        const fix = main ? { title: `Add time zone ${main[1].raw}`, edits: [{ range: spanRange(t.line, t.endColumn, t.endColumn), newText: ` ${main[1].raw}` }] } : void 0;
        out.push(finding(this, `Timeline entry has no time zone [${t.raw}]${main ? ` (other entries use ${main[1].raw})` : ""}`, range, fix));
      } else if (main && zoneKey(t.zone) !== main[0]) {
        out.push(finding(this, `Timeline mixes time zones: ${t.zone.raw} here, ${main[1].raw} elsewhere [${t.raw}]`, range));
      }
    }
    return out;
  }
};

// src/core/rules/PM004-duplicate-sections.ts
var duplicateSections = {
  id: "PM004",
  name: "duplicate-sections",
  description: "A template section is written once, not repeated under the same title.",
  tags: ["sections", "template"],
  severity: "warning",
  check(m) {
    return m.duplicates.map((d) => {
      const first = m.regions.find((r) => r.templateIndex === d.templateIndex);
      const s = m.sections[d.section];
      return finding(this, `Section "${s.title}" appears more than once${first ? ` (first at line ${first.anchorLine + 1})` : ""}`, lineRange(m, s.headingLine));
    });
  }
};

// src/core/rules/PM005-word-count.ts
var wordCount = {
  id: "PM005",
  name: "word-count",
  description: "The document's word count is inside the template's range (e.g. 400\u2013600 for alx-0x19).",
  tags: ["length", "template"],
  severity: "warning",
  appliesTo: (t) => t.wordRange !== void 0,
  check(m) {
    const r = m.template.wordRange;
    const n = m.words;
    if (n >= r.min && n <= r.max) return [];
    const how = n < r.min ? `${r.min - n} short of` : `${n - r.max} over`;
    return [finding(this, `Document has ${n} words, ${how} the ${r.min}\u2013${r.max} the ${m.template.title} template asks for`, documentRange(m))];
  }
};

// src/core/rules/summaryFact.ts
function summaryFactRule(spec) {
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    tags: ["summary"],
    severity: "warning",
    appliesTo: (t) => templateHas(t, spec.check),
    check(m) {
      const all = regionsWith(m, spec.check);
      const where = all[0];
      if (!where) return [];
      if (spec.titled && all.some((w) => spec.titled.test(w.templateSection.title) && regionWords(m, w.region, 3) >= 3)) return [];
      const f = factsFor(m, spec.check);
      if (spec.has(f) || spec.relevant && !spec.relevant(f)) return [];
      const message = typeof spec.message === "string" ? spec.message : spec.message(f);
      return [finding(this, `${regionName(m, where.region)}: ${message}`, lineRange(m, where.region.anchorLine))];
    }
  };
}

// src/core/rules/PM006-summary-duration.ts
var summaryDuration = summaryFactRule({
  id: "PM006",
  name: "summary-duration",
  check: "duration",
  description: "The summary states how long the outage lasted (a duration, or start and end times).",
  message: 'does not say how long the outage lasted (e.g. "Duration: 1 h 15 min")',
  has: (f) => f.durationText !== void 0 || f.start !== void 0 && f.end !== void 0
});

// src/core/rules/PM007-summary-start-end.ts
var summaryStartEnd = summaryFactRule({
  id: "PM007",
  name: "summary-start-end",
  check: "start-end",
  description: "The summary gives when the outage started and when it ended (or its start and duration).",
  message: 'does not give start and end times (e.g. "14:00 - 15:30 UTC")',
  has: (f) => f.start !== void 0 && (f.end !== void 0 || f.durationText !== void 0)
});

// src/core/rules/PM008-summary-timezone.ts
var summaryTimezone = summaryFactRule({
  id: "PM008",
  name: "summary-timezone",
  check: "time-zone",
  description: "The summary states the time zone of its times (UTC, WAT, GMT+1, America/New_York \u2026).",
  message: (f) => f.start || f.end ? "times have no time zone (add UTC, WAT, GMT+1 \u2026)" : 'gives no times with a time zone (e.g. "14:00 - 15:30 UTC")',
  has: (f) => f.zone !== void 0
});

// src/core/rules/PM009-summary-impact.ts
var summaryImpact = summaryFactRule({
  id: "PM009",
  name: "summary-impact",
  check: "impact",
  description: "The summary says what the impact was: what was down or slow, what users experienced.",
  message: "does not describe the impact (what was down or slow, what users saw)",
  has: (f) => f.impact !== void 0,
  titled: /impact/i
});

// src/core/rules/PM010-summary-users-affected.ts
var summaryUsersAffected = summaryFactRule({
  id: "PM010",
  name: "summary-users-affected",
  check: "percent-users",
  description: 'The summary says what share of users was affected ("35% of users", "all customers").',
  message: 'does not say what share of users was affected (e.g. "35% of users")',
  has: (f) => f.percentUsers !== void 0
});

// src/core/rules/PM011-summary-root-cause.ts
var summaryRootCause = summaryFactRule({
  id: "PM011",
  name: "summary-root-cause",
  check: "root-cause",
  description: "The summary (or root-cause section) states what caused the outage.",
  message: 'does not state the root cause (e.g. "Root cause: an expired TLS certificate")',
  has: (f) => f.rootCause !== void 0,
  titled: /cause/i
});

// src/core/rules/PM014-timeline-entry-length.ts
var ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|Mr|Mrs|Dr|St|No|Inc|Ltd)\.$/i;
function sentenceCount(text2) {
  const t = text2.replace(/`[^`]{0,500}`|https?:\/\/\S{1,2000}|\([^()]{0,500}\)/g, "x").trim();
  if (!t) return 0;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i;
    while (j + 1 < t.length && (t[j + 1] === "." || t[j + 1] === "!" || t[j + 1] === "?")) j++;
    let k = j + 1;
    while (k < t.length && t[k] === " ") k++;
    const endsText = k >= t.length;
    if (endsText || k > j + 1 && /["'(\[*_]*[A-Z0-9]/.test(t.slice(k, k + 4))) {
      if (!ABBREVIATION.test(t.slice(Math.max(0, i - 8), i + 1))) n++;
    }
    i = j;
  }
  return /[.!?]\s*$/.test(t) ? n : n + 1;
}
var timelineEntryLength = {
  id: "PM014",
  name: "timeline-entry-length",
  description: "Each timeline entry is one or two sentences.",
  tags: ["timeline", "style"],
  severity: "information",
  appliesTo: (t) => templateHas(t, "timeline"),
  check(m) {
    const out = [];
    for (const e of m.timeline?.entries ?? []) {
      const n = sentenceCount(e.text);
      if (n > 2) out.push(finding(this, `Timeline entry has ${n} sentences; keep it to one or two${e.time ? ` [${e.time.raw}]` : ""}`, spanRange(e.line, e.textColumn, e.endColumn ?? (m.lines[e.line] ?? "").length)));
    }
    return out;
  }
};

// src/core/rules/PM012-timeline-format.ts
var HAS_TEXT = /[^*_`|\s-]/;
var timelineFormat = {
  id: "PM012",
  name: "timeline-format",
  description: 'Each timeline entry is "time - text": the time first, then a short description.',
  tags: ["timeline"],
  severity: "warning",
  appliesTo: (t) => templateHas(t, "timeline"),
  check(m) {
    const tl = m.timeline;
    if (!tl) return [];
    const anchor = tl.section !== void 0 ? m.sections[tl.section].headingLine : tl.startLine;
    if (!tl.entries.some((e) => e.time || e.date)) {
      return [finding(this, 'Timeline has no timed entries: write one "time - text" bullet per event (e.g. "- 14:05 UTC - Alert fired")', lineRange(m, anchor))];
    }
    const out = [];
    const anyTime = tl.entries.some((e) => e.time);
    const long = tl.entries.filter((e) => sentenceCount(e.text) >= 3).length;
    if (tl.entries.length >= 3 && long * 2 >= tl.entries.length) {
      out.push(finding(this, `Timeline entries are paragraphs (${long} of ${tl.entries.length} have three sentences or more): write one short "time - text" line per event`, lineRange(m, anchor)));
    }
    for (const e of tl.entries) {
      if (!e.time && !e.date) out.push(finding(this, 'Timeline entry has no time: start it with one ("14:05 UTC - \u2026")', lineRange(m, e.line)));
      else if (!e.time && anyTime) out.push(finding(this, 'Timeline entry has a date but no time of day: add one ("14:05 UTC - \u2026")', lineRange(m, e.line)));
      else if (!e.time) continue;
      else if (!e.timeFirst) out.push(finding(this, `Timeline entry should start with its time [${e.time.raw}]`, spanRange(e.line, e.time.startColumn, e.time.endColumn)));
      else if (!HAS_TEXT.test(e.text) && !e.detail) out.push(finding(this, `Timeline entry has a time but no text [${e.time.raw}]`, lineRange(m, e.line)));
    }
    return out;
  }
};

// src/core/rules/PM013-timeline-order.ts
var timelineOrder = {
  id: "PM013",
  name: "timeline-order",
  description: "Timeline entries are in chronological order (dates, zones and midnight crossings handled).",
  tags: ["timeline", "time"],
  severity: "warning",
  fixAll: true,
  appliesTo: (t) => templateHas(t, "timeline"),
  check(m) {
    const entries = m.timeline?.entries ?? [];
    const { keys } = orderKeys(entries, m.timeline?.zone ?? m.summary.zone);
    const out = [];
    let prev;
    let fix = null;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i], k = keys[i];
      if (k === void 0 || !e.time) continue;
      if (prev && k < prev.at) {
        if (fix === null) fix = sortTimelineFix(m, entries, keys);
        out.push(finding(this, `Timeline entry is out of chronological order [${e.time.raw} after ${prev.raw}]`, spanRange(e.line, e.time.startColumn, e.time.endColumn), fix ?? void 0));
      }
      if (!prev || k >= prev.at) prev = { raw: e.time.raw, at: k };
    }
    return out;
  }
};
function sortTimelineFix(m, entries, keys) {
  if (entries.length < 2 || entries.some((e, i) => keys[i] === void 0 || e.shape === "heading" || e.shape === "clause" || e.endColumn !== void 0)) return void 0;
  const lines2 = m.lines;
  const blocks = entries.map((e, i) => {
    const to = i + 1 < entries.length ? entries[i + 1].line : e.endLine;
    let end = Math.max(e.line + 1, to);
    while (end > e.line + 1 && lines2[end - 1].trim() === "") end--;
    return { from: e.line, to: end, gapTo: to, key: keys[i], i };
  });
  for (let i = 1; i < blocks.length; i++) if (blocks[i].from < blocks[i - 1].gapTo && blocks[i].from !== blocks[i - 1].gapTo) return void 0;
  const sorted = [...blocks].sort((a, b) => a.key - b.key || a.i - b.i);
  if (sorted.every((b, i) => b.i === i)) return void 0;
  const eol = "\n";
  const out = [];
  blocks.forEach((slot, j) => {
    const b = sorted[j];
    out.push(...lines2.slice(b.from, b.to));
    if (j + 1 < blocks.length) out.push(...lines2.slice(slot.to, slot.gapTo));
  });
  const first = blocks[0].from, lastBlock = blocks[blocks.length - 1];
  const lastLine = lastBlock.to - 1;
  return {
    title: "Sort the timeline by time",
    edits: [{ range: { startLine: first, startColumn: 0, endLine: lastLine, endColumn: lines2[lastLine].length }, newText: out.join(eol) }]
  };
}

// src/core/rules/PM015-timeline-coverage.ts
var timelineCoverage = {
  id: "PM015",
  name: "timeline-coverage",
  description: "The timeline says when and how the issue was detected, who it was escalated to, and how it was resolved (read from the story of its entries).",
  tags: ["timeline", "content"],
  severity: "information",
  appliesTo: (t) => templateHas(t, "timeline"),
  check(m) {
    const tl = m.timeline;
    if (!tl || tl.entries.length === 0) return [];
    const at = lineRange(m, tl.section !== void 0 ? m.sections[tl.section].headingLine : tl.startLine);
    const phases = new Set(tl.entries.map((e) => e.phase));
    const out = [];
    const detection = tl.entries.filter((e) => e.phase === "detection");
    if (!detection.length) out.push(finding(this, "Timeline does not say when the issue was detected", at));
    if (!detection.some((e) => detectionMethod(`${e.text} ${e.detail ?? ""}`))) out.push(finding(this, "Timeline does not say how the issue was detected (monitoring alert, customer report \u2026)", at));
    const phaseList = tl.entries.map((e) => e.phase);
    const escalated = tl.entries.some((e, i) => e.phase === "escalation" && !isInitialPage(tl.entries, phaseList, i));
    if (!escalated) out.push(finding(this, "Timeline does not say who the incident was escalated to", at));
    if (!phases.has("resolution") && !resolvedByMitigation(m)) out.push(finding(this, "Timeline does not say how the incident was resolved", at));
    return out;
  }
};
function resolvedByMitigation(m) {
  return m.timeline?.entries.some((e) => e.phase === "mitigation") ?? false;
}

// src/core/rules/PM016-duration-mismatch.ts
var durationMismatch = {
  id: "PM016",
  name: "duration-mismatch",
  description: "The duration in the summary matches its start and end times and the span of the timeline.",
  tags: ["summary", "timeline", "time"],
  severity: "warning",
  check(m) {
    const f = m.summary;
    const out = [];
    let between;
    if (f.start && f.end && f.start.valid && f.end.valid) {
      const base = f.start.date ?? { year: 2e3, month: 1, day: 1 };
      between = absoluteMinutes(f.end, f.end.date ?? base) - absoluteMinutes(f.start, base);
      if (between < 0 && !f.end.date) between += 1440;
      if (between < 0) between = void 0;
    }
    const stated = f.durationText !== void 0 ? f.durationMinutes : void 0;
    const line = f.durationLine ?? f.start?.line ?? 0;
    if (stated !== void 0 && between !== void 0 && Math.abs(stated - between) > Math.max(5, stated * 0.1)) {
      out.push(finding(this, `Summary says ${f.durationText} but ${f.start.raw} to ${f.end.raw} is ${formatDuration(between)}`, lineRange(m, line)));
    }
    const duration = stated ?? between;
    const tl = m.timeline;
    if (duration === void 0 || duration <= 0 || !tl || tl.rolloverGuessed) return out;
    let span, timed = 0;
    for (const e of tl.entries) {
      if (e.elapsedMinutes === void 0) continue;
      timed++;
      if (span === void 0 || e.elapsedMinutes > span) span = e.elapsedMinutes;
    }
    if (timed >= 2 && span !== void 0 && span > 0 && Math.abs(span - duration) > Math.max(15, duration * 0.5)) {
      out.push(finding(this, `Summary duration (${formatDuration(duration)}) disagrees with the timeline, which spans ${formatDuration(span)}`, lineRange(m, line), void 0, "information"));
    }
    return out;
  }
};

// src/core/rules/PM017-corrective-task-list.ts
var LINK_LINE = /^\s*(?:<?https?:\/\/\S{1,2000}>?|\[[^\]]{0,500}\]\(\S{1,2000}\))\s*$/;
function hasList(m, r) {
  for (const b of m.parsed.blocks) if ((b.kind === "item" || b.kind === "table") && b.startLine >= r.startLine && b.startLine < r.endLine) return true;
  for (let n = r.startLine; n < r.endLine; n++) if (/^\s*<li\b/i.test(m.lines[n] ?? "")) return true;
  return false;
}
function trackerLink(m, r) {
  for (let n = r.startLine; n < r.endLine; n++) if (m.parsed.kinds[n] === 1 /* Text */ && LINK_LINE.test(m.lines[n] ?? "")) return true;
  return false;
}
function checklistEdits(m, r) {
  const headings = new Set(m.sections.map((s) => s.headingLine));
  const edits = [];
  for (let n = r.startLine; n < r.endLine; n++) {
    const text2 = m.lines[n] ?? "";
    if (m.parsed.kinds[n] !== 1 /* Text */ || headings.has(n) || text2.trim() === "" || /^\s*(?:#|>|\||```|<)/.test(text2)) continue;
    const col = n === r.startLine && r.startColumn !== void 0 ? r.startColumn : text2.length - text2.trimStart().length;
    edits.push({ range: { startLine: n, startColumn: col, endLine: n, endColumn: col }, newText: n === r.startLine && r.startColumn !== void 0 ? "\n- [ ] " : "- [ ] " });
  }
  return edits;
}
var correctiveTaskList = {
  id: "PM017",
  name: "corrective-task-list",
  description: 'The corrective-measures section lists concrete tasks (a bullet or "- [ ]" list, a table, or one action per line).',
  tags: ["actions"],
  severity: "warning",
  appliesTo: (t) => templateHas(t, "task-list"),
  check(m) {
    const out = [];
    for (const { region: r } of regionsWith(m, "task-list")) {
      if (hasList(m, r) || trackerLink(m, r) || actionLines(m.parsed, r.startLine, r.endLine) >= 2) continue;
      const edits = checklistEdits(m, r);
      const fix = edits.length ? { title: "Turn the lines of this section into a task list", edits } : void 0;
      out.push(finding(this, `"${regionName(m, r)}" has no task list: list the tasks as "- [ ] \u2026" items`, lineRange(m, r.anchorLine), fix));
    }
    return out;
  }
};

// src/core/rules/PM018-action-item-owner.ts
var actionItemOwner = {
  id: "PM018",
  name: "action-item-owner",
  description: "Every action item names an owner (Responsible/Owner/@name) and a deadline (Deadline/Due/a date).",
  tags: ["actions"],
  severity: "warning",
  appliesTo: (t) => templateHas(t, "owner-deadline"),
  check(m) {
    const out = [];
    for (const { region: r } of regionsWith(m, "owner-deadline")) {
      for (const t of m.tasks.filter((x) => x.line >= r.startLine && x.line < r.endLine)) {
        const missing = [t.owner ? "" : "owner", t.deadline ? "" : "deadline"].filter(Boolean);
        if (missing.length) out.push(finding(this, `Action item has no ${missing.join(" and no ")}: ${t.text.slice(0, 60)}`, lineRange(m, t.line)));
      }
    }
    return out;
  }
};

// src/core/rules/PM019-placeholders.ts
var PLACEHOLDER = /\$\{\d{1,3}(?::([^}]{0,200}))?\}|\$\{\d{1,3}\|[^}]{0,200}\|\}|\bXYZ\b|\bTBD\b|\bTBC\b|\blorem ipsum\b|\[(?:insert|add|your|describe|todo)\b[^\]]{0,200}\]|<(?:insert|your)\b[^<>]{0,200}>|\bYYYY-MM-DD\b|\bYYYYMMDD\b|\bMonth D, YYYY\b|\bHH:MM\b|\bN ?(?:%|minutes?\b|customers\b|users\b)|…|\.{3}/gi;
var QUICK = /\$\{|XYZ|TB[DC]|orem ipsum|\[(?:insert|add|your|describe|todo)|<(?:insert|your)|YYYY|Month D|HH:MM|\bN ?(?:%|minutes|customers|users)|…|\.\.\./i;
var STAND_IN_HOST = /^(?:https?:)?\/\/(?:www\.)?(?:example\.(?:com|org|net)|via\.placeholder\.com|placeholder\.com|placehold\.(?:it|co)|dummyimage\.com|placekitten\.com|placecage\.com|fakeimg\.pl|picsum\.photos|lorempixel\.com|imgplaceholder\.com)(?:[/:?#]|$)/i;
var IMAGE = /!\[([^\]]{0,300})\](\(([^()\s]{0,2000})(?:\s[^()]{0,300})?\))?/g;
var CLIPBOARD = /\bcan['’]?t paste this image\b|\bcannot paste this image\b/i;
function codeSpans(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] !== "`") {
      i++;
      continue;
    }
    let run = 1;
    while (line[i + run] === "`") run++;
    const fence2 = "`".repeat(run);
    let close = line.indexOf(fence2, i + run);
    while (close >= 0 && line[close + run] === "`") {
      let j = close;
      while (line[j] === "`") j++;
      close = line.indexOf(fence2, j);
    }
    if (close < 0) {
      i += run;
      continue;
    }
    out.push([i, close + run]);
    i = close + run;
  }
  return out;
}
function promptAt(m, prompts, longest, lastWords, n) {
  const line = m.lines[n];
  if (line.length > longest + 60 || !lastWords.has(lastWord(line))) return void 0;
  if (/:[*_\s]*$/.test(line)) return void 0;
  const key = promptKey(stripInline(line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, "")));
  for (let at = 0; at >= 0 && at <= 60; at = key.indexOf(" ", at + 1)) {
    const tail = at === 0 ? key : key.slice(at + 1);
    if (prompts.has(tail) && (at === 0 || tail.split(" ").length >= 3)) {
      const start = line.length - line.trimStart().length;
      return spanRange(n, start, line.length);
    }
  }
  return void 0;
}
function templatePrompts(own, others) {
  const out = /* @__PURE__ */ new Set();
  for (const t of [own, ...others]) {
    const min = t === own ? 2 : 4;
    for (const [key, words] of promptsOf(t)) if (words >= min) out.add(key);
  }
  return out;
}
var promptMemo = /* @__PURE__ */ new WeakMap();
function promptsOf(t) {
  let out = promptMemo.get(t);
  if (!out) {
    out = [];
    for (const s of t.sections) {
      for (const m of s.skeleton.matchAll(/\$\{\d{1,3}:([^}]{1,200})\}/g)) {
        const key = promptKey(m[1]);
        out.push([key, key.split(" ").length]);
      }
    }
    promptMemo.set(t, out);
  }
  return out;
}
function templateDiagrams(templates) {
  const out = /* @__PURE__ */ new Set();
  for (const t of templates) for (const s of t.sections) if (s.skeleton.includes("```mermaid")) for (const m of s.skeleton.matchAll(/```mermaid\n([^`]{0,2000})```/g)) out.add(m[1].replace(/\s+/g, " ").trim());
  return out;
}
function lastWord(line) {
  let end = line.length;
  while (end > 0 && !isWordChar(line.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(line.charCodeAt(start - 1))) start--;
  return line.slice(start, end).toLowerCase();
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 127 || c === 37;
}
function promptKey(text2) {
  return text2.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ").trim();
}
function placeholderFindings(rule, m) {
  const templates = [m.template, ...builtinTemplates.filter((t) => t !== m.template)];
  const prompts = templatePrompts(m.template, builtinTemplates);
  let longest = 0;
  const lastWords = /* @__PURE__ */ new Set();
  for (const p of prompts) {
    longest = Math.max(longest, p.length);
    lastWords.add(p.slice(p.lastIndexOf(" ") + 1));
  }
  const out = [];
  const stock = m.mermaid.length ? templateDiagrams(templates) : /* @__PURE__ */ new Set();
  for (const b of m.mermaid) {
    if (stock.has(b.source.replace(/\s+/g, " ").trim())) out.push(finding(rule, "The template's stock diagram is left as it is: draw the incident (Postmortem: Insert Flowchart) or remove it", spanRange(b.startLine, 0, (m.lines[b.startLine] ?? "").length)));
  }
  for (let n = 0; n < m.lineCount; n++) {
    const kind = m.parsed.kinds[n];
    if (kind !== 1 /* Text */ && kind !== 3 /* Markup */) continue;
    const raw = m.lines[n];
    const line = raw.length > 1e4 ? raw.slice(0, 1e4) : raw;
    if (kind === 1 /* Text */) {
      const prompt = promptAt(m, prompts, longest, lastWords, n);
      if (prompt) {
        out.push(finding(rule, `Left-over template prompt "${stripInline(line).trim().slice(0, 80)}": replace it with what happened`, prompt));
        continue;
      }
    }
    const code2 = line.includes("`") ? codeSpans(line) : [];
    const inCode = (at) => code2.some(([a, b]) => at >= a && at < b);
    if (line.includes("![")) {
      IMAGE.lastIndex = 0;
      for (let im = IMAGE.exec(line); im; im = IMAGE.exec(line)) {
        if (inCode(im.index)) continue;
        const url = im[3];
        if (im[2] === void 0 ? !hasReference(m, im[1]) : url === "" || STAND_IN_HOST.test(url ?? "")) {
          out.push(finding(rule, `Stand-in image "${im[0].slice(0, 80)}": add the real picture or remove it`, spanRange(n, im.index, im.index + im[0].length)));
        }
      }
    }
    if (CLIPBOARD.test(line)) out.push(finding(rule, `An image was not pasted (the editor left its "can't paste this image" note): add the picture or remove the line`, spanRange(n, 0, line.length)));
    if (kind !== 1 /* Text */ || !QUICK.test(line)) continue;
    PLACEHOLDER.lastIndex = 0;
    for (let mm = PLACEHOLDER.exec(line); mm; mm = PLACEHOLDER.exec(line)) {
      if (inCode(mm.index)) continue;
      const t = mm[0];
      if (/^xyz$/i.test(t) && t !== "XYZ") continue;
      if (/^tb[dc]$/i.test(t) && t !== t.toUpperCase()) continue;
      if ((t === "\u2026" || t === "...") && !bareEllipsis(line, mm.index, t.length)) continue;
      const range = spanRange(n, mm.index, mm.index + t.length);
      const fix = t.startsWith("${") ? { title: `Replace the snippet placeholder with "${mm[1] ?? ""}"`, edits: [{ range, newText: mm[1] ?? "" }] } : { title: `Replace placeholder "${t}"\u2026`, edits: [], ask: { range, prompt: "What should this say?" } };
      out.push(finding(rule, `Left-over placeholder "${t}"`, range, fix));
    }
  }
  return out;
}
function bareEllipsis(line, at, len) {
  const before = line.slice(Math.max(0, at - 60), at);
  const after = line.slice(at + len, at + len + 20);
  if (!/^[\s*_]*(?:\|.*)?$/.test(after) && !/^[\s*_]*$/.test(after)) return false;
  return /(?:^|\|)[\s*_]*$/.test(before) || /^[\s\-*+>|]*(?:\d{1,3}[.)]\s*)?(?:[*_]*[^:…|]{1,40}:[*_]*\s*)?[*_]*$/.test(line.slice(0, at));
}
function hasReference(m, label2) {
  const refs = m.parsed.env.references;
  return !!refs && Object.prototype.hasOwnProperty.call(refs, label2.trim().toUpperCase().replace(/\s+/g, " "));
}
var placeholders = {
  id: "PM019",
  name: "placeholders",
  description: 'No left-over placeholders: the templates\' prompts and example values, snippet text (${1:\u2026}), XYZ, TBD, "Lorem ipsum", [Insert \u2026], YYYY-MM-DD, HH:MM, a bare "\u2026", stand-in images (example.com, via.placeholder.com \u2026) \u2014 outside inline code.',
  tags: ["content"],
  severity: "warning",
  check(m) {
    return placeholderFindings(this, m);
  }
};

// src/core/rules/PM020-merge-conflict.ts
var MARKER3 = /^(<{7}|\|{7}|={7}|>{7})(?=\s|$)/;
function deleteLines(doc, from, to) {
  if (to + 1 < doc.lineCount) return { range: { startLine: from, startColumn: 0, endLine: to + 1, endColumn: 0 }, newText: "" };
  const prev = Math.max(0, from - 1);
  const start = from > 0 ? { line: prev, col: doc.lines[prev].length } : { line: 0, col: 0 };
  return { range: { startLine: start.line, startColumn: start.col, endLine: to, endColumn: doc.lines[to].length }, newText: "" };
}
var mergeConflict = {
  id: "PM020",
  name: "merge-conflict",
  description: "No unresolved merge-conflict markers (<<<<<<<, =======, >>>>>>> at line start).",
  tags: ["content", "git"],
  severity: "error",
  always: true,
  check(doc) {
    const out = [];
    let open;
    for (let n = 0; n < doc.lineCount; n++) {
      const line = doc.lines[n];
      const c = line.charCodeAt(0);
      if (c !== 60 && c !== 61 && c !== 62 && c !== 124) continue;
      const m = MARKER3.exec(line);
      if (!m) continue;
      if (m[1] === "=======" && !open) continue;
      const f = finding(this, `Unresolved merge-conflict marker "${line.trim()}"`, lineRange(doc, n));
      out.push(f);
      if (m[1][0] === "<") open = { start: n, f };
      else if (open && m[1][0] === "|") open.base = n;
      else if (open && m[1][0] === "=") open.mid = n;
      else if (open && m[1][0] === ">" && open.mid !== void 0) {
        const { start, base, mid } = open;
        const keepCurrent = { title: "Keep the current change", edits: [deleteLines(doc, start, start), deleteLines(doc, base ?? mid, n)] };
        const keepIncoming = { title: "Keep the incoming change", edits: [deleteLines(doc, start, mid), deleteLines(doc, n, n)] };
        const keepBoth = { title: "Keep both changes", edits: [deleteLines(doc, start, start), deleteLines(doc, base ?? mid, mid), deleteLines(doc, n, n)] };
        open.f.fix = keepCurrent;
        open.f.alternativeFixes = [keepIncoming, keepBoth];
        open = void 0;
      }
    }
    return out;
  }
};

// src/core/rules/PM021-invalid-time.ts
var invalidTime = {
  id: "PM021",
  name: "invalid-time",
  description: 'Every time is a valid clock time: no "25:61", no "13:00PM".',
  tags: ["time"],
  severity: "error",
  fixAll: true,
  check(doc) {
    const out = [];
    for (let n = 0; n < doc.lineCount; n++) {
      const line = doc.lines[n];
      if (doc.parsed.kinds[n] !== 1 /* Text */) continue;
      for (const t of doc.times[n] ?? []) {
        if (t.valid) continue;
        const range = spanRange(n, t.startColumn, t.endColumn);
        const seg = line.slice(t.startColumn, t.endColumn);
        const ampm = /^(.{0,60}?\d)(\s?[AaPp]\.?\s?[Mm]\.?)(.{0,60})$/.exec(seg);
        const fix = ampm && /is not a/.test(t.problem ?? "") ? { title: `Write ${ampm[1]}${ampm[3]}`, edits: [{ range, newText: `${ampm[1]}${ampm[3]}` }] } : void 0;
        out.push(finding(this, `Invalid time "${t.raw}": ${t.problem}`, range, fix));
      }
    }
    return out;
  }
};

// src/core/rules/PM022-section-by-content.ts
var sectionByContent = {
  id: "PM022",
  name: "section-by-content",
  description: "A required section is found by what it says rather than by its heading: name the heading after the template so readers find it.",
  tags: ["sections", "template"],
  severity: "information",
  check(m) {
    const out = [];
    for (const r of m.regions) {
      if (r.by === "title") continue;
      const ts = m.template.sections[r.templateIndex];
      if (r.by === "opening") {
        out.push(finding(this, `The paragraphs under the title are read as "${ts.title}": give them a "${ts.title}" heading`, lineRange(m, r.anchorLine), headingFix(m, r, ts.title)));
      } else {
        const s = m.sections[r.section];
        out.push(finding(this, `"${s.title}" is read as the "${ts.title}" section from what it says: name its heading "${ts.title}" so readers find it`, lineRange(m, s.headingLine), renameFix(m, r, ts.title)));
      }
    }
    return out;
  }
};
function headingFix(m, r, title) {
  const level = m.sections.find((s) => s.style === "atx" && s.headingLine !== m.titleLine)?.level ?? 2;
  const at = r.anchorLine;
  const blankBefore = at > 0 && (m.lines[at - 1] ?? "").trim() !== "" ? "\n" : "";
  return { title: `Add the heading "${title}"`, edits: [{ range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${blankBefore}${"#".repeat(level)} ${title}

` }] };
}
function renameFix(m, r, title) {
  const s = m.sections[r.section];
  if (s.style !== "atx") return void 0;
  const line = m.lines[s.headingLine];
  const lead = /^\s{0,3}#{1,6}\s+/.exec(line)?.[0].length;
  if (lead === void 0) return void 0;
  const close = /\s+#+\s*$/.exec(line);
  const end = close ? close.index : line.trimEnd().length;
  return { title: `Rename the heading to "${title}"`, edits: [{ range: { startLine: s.headingLine, startColumn: lead, endLine: s.headingLine, endColumn: end }, newText: title }] };
}

// src/core/rules/PM023-empty-section.ts
var emptySection = {
  id: "PM023",
  name: "empty-section",
  description: "A required section is not just a heading: it has text under it.",
  tags: ["sections", "content"],
  severity: "warning",
  check(m) {
    const out = [];
    for (const r of m.regions) {
      const ts = m.template.sections[r.templateIndex];
      if (!ts.required || r.by !== "title" || regionWords(m, r, 1) > 0) continue;
      const hasCode = m.mermaid.some((b) => b.startLine >= r.startLine && b.startLine < r.endLine);
      if (hasCode) continue;
      out.push(finding(this, `Section "${m.sections[r.section].title}" is empty: write its ${ts.title.toLowerCase()} under the heading`, lineRange(m, r.anchorLine)));
    }
    return out;
  }
};

// src/core/rules/PM024-not-a-postmortem.ts
var notAPostmortem = {
  id: "PM024",
  name: "not-a-postmortem",
  description: "The document reads as a postmortem of an incident (not an essay or a how-to about postmortems, not an empty outline).",
  tags: ["content"],
  severity: "warning",
  always: true,
  check(m) {
    if (m.reading.postmortem) return [];
    return [finding(this, `Does not read as a postmortem: ${m.reading.why ?? "no incident is described"}`, documentRange(m))];
  }
};

// src/core/rules/PM025-task-list-markup.ts
var taskListMarkup = {
  id: "PM025",
  name: "task-list-markup",
  description: 'Tasks written one per line without list markup read as tasks; a "- [ ]" checklist makes them trackable.',
  tags: ["actions", "style"],
  severity: "information",
  appliesTo: (t) => templateHas(t, "task-list"),
  check(m) {
    const out = [];
    for (const { region: r } of regionsWith(m, "task-list")) {
      if (hasList(m, r)) continue;
      const n = actionLines(m.parsed, r.startLine, r.endLine);
      if (n < 2) continue;
      const edits = checklistEdits(m, r);
      out.push(finding(this, `"${regionName(m, r)}" lists ${n} tasks as plain lines: make them a "- [ ]" checklist so they can be tracked`, lineRange(m, r.anchorLine), edits.length ? { title: 'Make these lines a "- [ ]" checklist', edits } : void 0));
    }
    return out;
  }
};

// src/core/rules/index.ts
var allRules = [
  requiredSections,
  sectionOrder,
  timelineTimezone,
  duplicateSections,
  wordCount,
  summaryDuration,
  summaryStartEnd,
  summaryTimezone,
  summaryImpact,
  summaryUsersAffected,
  summaryRootCause,
  timelineFormat,
  timelineOrder,
  timelineEntryLength,
  timelineCoverage,
  durationMismatch,
  correctiveTaskList,
  actionItemOwner,
  placeholders,
  mergeConflict,
  invalidTime,
  sectionByContent,
  emptySection,
  notAPostmortem,
  taskListMarkup
];
var ruleMetas = allRules.map((r) => ({ id: r.id, name: r.name, description: r.description, tags: r.tags, severity: r.severity, fixAll: r.fixAll === true, docs: `docs/rules/${r.id}.md` }));
function getRule(idOrName) {
  const k = idOrName.toLowerCase();
  return allRules.find((r) => r.id.toLowerCase() === k || r.name === k);
}

// src/core/lint.ts
function readModel(text2, options = {}) {
  const parsed = parseText(text2);
  const o = {};
  if (options.template) o.template = options.template;
  if (options.defaultTemplate) o.defaultTemplate = options.defaultTemplate;
  if (options.customTemplates?.length) o.customTemplates = options.customTemplates;
  return buildModel(parsed, outline(parsed, o));
}
function clamp(m, r) {
  const last = Math.max(0, m.lineCount - 1);
  const sl = Math.max(0, Math.min(r.startLine, last)), el = Math.max(sl, Math.min(r.endLine, last));
  const sc = Math.max(0, Math.min(r.startColumn, m.lines[sl]?.length ?? 0));
  let ec = Math.max(0, Math.min(r.endColumn, m.lines[el]?.length ?? 0));
  if (el === sl && ec < sc) ec = sc;
  return { startLine: sl, startColumn: sc, endLine: el, endColumn: ec };
}
function lint(text2, options = {}) {
  return lintModel(readModel(text2, options), options);
}
function lintModel(model, options = {}, rules = allRules) {
  const findings = [];
  const ruleErrors = [];
  const lower = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(options.rules ?? {})) lower.set(k.toLowerCase(), v);
  for (const rule of rules) {
    const setting = lower.get(rule.id.toLowerCase()) ?? lower.get(rule.name);
    if (setting === "off" || rule.appliesTo && !rule.appliesTo(model.template)) continue;
    if (!model.reading.postmortem && !rule.always) continue;
    try {
      for (const f of rule.check(model)) {
        f.range = clamp(model, f.range);
        if (setting) f.severity = setting;
        findings.push(f);
      }
    } catch (e) {
      ruleErrors.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn || a.ruleId.localeCompare(b.ruleId));
  const result = { template: model.template, templateSource: model.templateSource, findings, model };
  if (ruleErrors.length) result.ruleErrors = ruleErrors;
  return result;
}
function lintWith(rules, text2, options = {}) {
  return lintModel(readModel(text2, options), options, rules);
}

// src/core/outline/recognize.ts
var NAMES_POSTMORTEM = /\b(?:post[- ]?mortems?|incident (?:report|review|analysis|summary)|root cause analysis|RCA)\b/i;
function looksLikePostmortem(head) {
  if (MARKER2.test(head)) return true;
  const lines2 = head.split(/\r\n|\r|\n/);
  if (readFrontMatter(lines2)?.data["template"]) return true;
  const heading2 = firstHeading(lines2);
  return heading2 !== void 0 && NAMES_POSTMORTEM.test(heading2);
}
function firstHeading(lines2) {
  let i = 0;
  if (lines2[0]?.trim() === "---") {
    const end = lines2.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l));
    i = end < 0 ? 0 : end + 1;
  }
  for (; i < lines2.length; i++) {
    const line = lines2[i];
    const atx = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) return atx[1];
    const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/.exec(line);
    if (bold) return bold[1];
    if (line.trim() !== "" && /^ {0,3}(=+|-+)\s*$/.test(lines2[i + 1] ?? "")) return line.trim();
  }
  return void 0;
}

// src/core/templates/custom.ts
var CONTENT_CHECKS = ["duration", "start-end", "time-zone", "impact", "percent-users", "root-cause", "timeline", "task-list", "owner-deadline"];
function slug(text2) {
  return text2.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "section";
}
function isText(v) {
  return typeof v === "string" && v.trim() !== "";
}
function section(raw, path, errors) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    errors.push(`${path}: expected an object with at least a "title"`);
    return void 0;
  }
  const s = raw;
  if (!isText(s.title)) {
    errors.push(`${path}.title: expected a non-empty string`);
    return void 0;
  }
  if (s.id !== void 0 && !isText(s.id)) errors.push(`${path}.id: expected a non-empty string`);
  let aliases = [];
  if (s.aliases !== void 0) {
    if (Array.isArray(s.aliases) && s.aliases.every(isText)) aliases = s.aliases;
    else errors.push(`${path}.aliases: expected an array of non-empty strings`);
  }
  if (s.required !== void 0 && typeof s.required !== "boolean") errors.push(`${path}.required: expected true or false`);
  if (s.skeleton !== void 0 && typeof s.skeleton !== "string") errors.push(`${path}.skeleton: expected a string`);
  const content = [];
  if (s.content !== void 0) {
    if (!Array.isArray(s.content)) errors.push(`${path}.content: expected an array of ${CONTENT_CHECKS.join(", ")}`);
    else s.content.forEach((c, i) => {
      if (CONTENT_CHECKS.includes(c)) content.push(c);
      else errors.push(`${path}.content[${i}]: unknown check ${JSON.stringify(c)}; expected one of ${CONTENT_CHECKS.join(", ")}`);
    });
  }
  const out = {
    id: isText(s.id) ? s.id : slug(s.title),
    title: s.title,
    aliases,
    required: typeof s.required === "boolean" ? s.required : true,
    skeleton: typeof s.skeleton === "string" ? s.skeleton : ""
  };
  if (content.length) out.content = content;
  return out;
}
function template(raw, path, errors) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    errors.push(`${path}: expected an object with "id", "title" and "sections"`);
    return void 0;
  }
  const t = raw;
  const before = errors.length;
  if (!isText(t.id)) errors.push(`${path}.id: expected a non-empty string`);
  else if (!/^[A-Za-z0-9][\w.-]*$/.test(t.id)) errors.push(`${path}.id: use letters, digits, ".", "_" or "-" (got ${JSON.stringify(t.id)})`);
  if (t.title !== void 0 && !isText(t.title)) errors.push(`${path}.title: expected a non-empty string`);
  if (t.description !== void 0 && typeof t.description !== "string") errors.push(`${path}.description: expected a string`);
  if (!Array.isArray(t.sections) || t.sections.length === 0) errors.push(`${path}.sections: expected a non-empty array of sections`);
  const sections = Array.isArray(t.sections) ? t.sections.map((s, i) => section(s, `${path}.sections[${i}]`, errors)).filter((s) => !!s) : [];
  const ids = /* @__PURE__ */ new Set();
  sections.forEach((s, i) => {
    if (ids.has(s.id)) errors.push(`${path}.sections[${i}].id: duplicate section id ${JSON.stringify(s.id)}`);
    ids.add(s.id);
  });
  let wordRange;
  if (t.wordRange !== void 0) {
    const w = t.wordRange;
    if (typeof w !== "object" || w === null || typeof w.min !== "number" || typeof w.max !== "number" || w.min < 0 || w.min > w.max) {
      errors.push(`${path}.wordRange: expected { "min": number, "max": number } with 0 <= min <= max`);
    } else wordRange = { min: w.min, max: w.max };
  }
  if (errors.length > before || !isText(t.id)) return void 0;
  const out = { id: t.id, title: isText(t.title) ? t.title : t.id, description: typeof t.description === "string" ? t.description : "", sections };
  if (wordRange) out.wordRange = wordRange;
  return out;
}
function validateCustomTemplates(json) {
  const errors = [];
  let list2 = json;
  let defaultTemplate;
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const o = json;
    list2 = o.templates ?? [];
    if (o.defaultTemplate !== void 0) {
      if (isText(o.defaultTemplate)) defaultTemplate = o.defaultTemplate;
      else errors.push("defaultTemplate: expected a template id");
    }
  }
  if (!Array.isArray(list2)) {
    errors.push("templates: expected an array of templates");
    return { templates: [], errors };
  }
  const templates = [];
  list2.forEach((raw, i) => {
    const t = template(raw, `templates[${i}]`, errors);
    if (!t) return;
    if (templates.some((x) => x.id === t.id)) errors.push(`templates[${i}].id: duplicate template id ${JSON.stringify(t.id)}`);
    else templates.push(t);
  });
  const result = { templates, errors };
  if (defaultTemplate) result.defaultTemplate = defaultTemplate;
  return result;
}

// src/core/templates/config.ts
function loadConfig(text2) {
  let json;
  try {
    json = JSON.parse(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2);
  } catch (e) {
    return { templates: [], errors: [`cannot read it as JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return validateCustomTemplates(json);
}

// src/core/edits/text.ts
function insertLinesEdit(lines2, at, block2, opts = {}) {
  const last = lines2.length - 1;
  if (at > last && lines2[last] === "") at = last;
  if (at > last) {
    const lastText = lines2[last] ?? "";
    const before = opts.blankBefore && lastText.trim() !== "" ? "\n\n" : "\n";
    return { edit: insertion(last, lastText.length, before + block2.join("\n")), firstLine: last + before.length };
  }
  const blankBefore = opts.blankBefore && at > 0 && lines2[at - 1].trim() !== "" ? "\n" : "";
  const blankAfter = opts.blankAfter && lines2[at].trim() !== "" ? "\n" : "";
  return { edit: insertion(at, 0, blankBefore + block2.join("\n") + "\n" + blankAfter), firstLine: at + (blankBefore ? 1 : 0) };
}
function insertion(line, column, newText) {
  return { range: { startLine: line, startColumn: column, endLine: line, endColumn: column }, newText };
}
function offsetOf(text2, lineStarts, line, column) {
  if (line >= lineStarts.length) return text2.length;
  const start = lineStarts[line];
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text2.length;
  if (end > start && text2.charCodeAt(end - 1) === 10) end--;
  if (end > start && text2.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + column, end);
}
function lineStartsOf(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 13) {
      if (text2.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
function rangesOverlap(a, b) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 < c2;
  const aEndsBeforeB = before(a.endLine, a.endColumn, b.startLine, b.startColumn);
  const bEndsBeforeA = before(b.endLine, b.endColumn, a.startLine, a.startColumn);
  return !aEndsBeforeB && !bEndsBeforeA;
}
function applyEdits(text2, edits) {
  const starts = lineStartsOf(text2);
  const spans = edits.map((e) => ({
    from: offsetOf(text2, starts, e.range.startLine, e.range.startColumn),
    to: offsetOf(text2, starts, e.range.endLine, e.range.endColumn),
    text: e.newText
  })).sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text2;
  for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}
function diffEdit(before, after) {
  if (before === after) return void 0;
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head - 1 && tail < b.length - head - 1 && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const endLine = a.length - 1 - tail;
  const newLines = b.slice(head, b.length - tail);
  return {
    range: { startLine: head, startColumn: 0, endLine, endColumn: a[endLine].length },
    newText: newLines.join("\n")
  };
}

// src/core/edits/fixAll.ts
function isFixAllSafe(f) {
  return f.fix !== void 0 && f.fix.edits.length > 0 && getRule(f.ruleId)?.fixAll === true;
}
function compatibleFixEdits(findings, accept = isFixAllSafe) {
  const edits = [];
  const fixed = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0 || !accept(f)) continue;
    if (f.fix.edits.some((e) => edits.some((t) => rangesOverlap(e.range, t.range)))) continue;
    for (const e of f.fix.edits) edits.push(e);
    fixed.push(f);
  }
  return { edits, fixed };
}
function fixAllText(text2, options = {}, opts = {}) {
  const seen = /* @__PURE__ */ new Set([text2]);
  const fixed = [];
  const steps = [];
  let current = text2;
  let passes = 0;
  while (passes < (opts.maxPasses ?? 5)) {
    const r = compatibleFixEdits(lint(current, options).findings, opts.accept);
    if (r.edits.length === 0) break;
    const next = applyEdits(current, r.edits);
    passes++;
    if (seen.has(next)) break;
    seen.add(next);
    for (const f of r.fixed) fixed.push(f);
    steps.push(next);
    current = next;
  }
  return { text: current, fixed, passes, steps };
}

// src/core/edits/skeleton.ts
function renumberTabstops(body, offset) {
  let max = offset;
  const out = body.replace(/\$\{(\d+)([:|}])|\$(\d+)/g, (m, braced, sep, bare) => {
    const n = Number(braced ?? bare);
    if (n === 0) return m;
    const k = n + offset;
    if (k > max) max = k;
    return braced !== void 0 ? `\${${k}${sep}` : `$${k}`;
  });
  return { body: out, max };
}
function snippetToText(body) {
  return body.replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, "$1").replace(/\$\{\d+\}|\$\d+/g, "");
}
function sectionSnippet(section2, level = 2) {
  const skeleton = section2.skeleton.replace(/\n+$/, "");
  const body = `${"#".repeat(level)} ${section2.title}
${skeleton ? `
${skeleton}
` : ""}`;
  return renumberTabstops(body, 0);
}
function postmortemSnippet(template2, opts = {}) {
  const parts = [`<!-- postmortem: ${template2.id} -->
# ${template2.title}
`];
  let offset = 0;
  for (const s of template2.sections) {
    const r = renumberTabstops(sectionSnippet(s).body, offset);
    offset = r.max;
    parts.push(r.body);
  }
  const body = parts.join("\n");
  return opts.zone && opts.zone !== "UTC" ? body.replace(/\bUTC\b/g, opts.zone) : body;
}

// src/core/edits/snippets.ts
var SnippetNames = {
  timelineEntry: "Postmortem timeline entry",
  timelineEntryWithDate: "Postmortem timeline entry with date",
  actionItem: "Postmortem action item",
  mermaid: "Postmortem Mermaid flowchart",
  whole: (t) => `Postmortem: ${t.title}`,
  section: (title) => `Postmortem section: ${title}`
};
var slug2 = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
var lines = (body) => body.replace(/\n$/, "").split("\n");
function buildSnippets(templates) {
  const out = {};
  for (const t of templates) {
    out[SnippetNames.whole(t)] = { prefix: `postmortem-${t.id}`, body: lines(postmortemSnippet(t)), description: `A whole postmortem: ${t.description}` };
  }
  const used = /* @__PURE__ */ new Set();
  for (const t of templates) {
    for (const s of t.sections) {
      const body = lines(sectionSnippet(s).body);
      const plain = SnippetNames.section(s.title);
      const existing = out[plain];
      if (existing && existing.body.join("\n") === body.join("\n")) continue;
      const name = existing ? `${plain} (${t.title})` : plain;
      let prefix = `pm-section-${slug2(s.title)}`;
      if (used.has(prefix)) prefix = `${prefix}-${t.id}`;
      used.add(prefix);
      out[name] = { prefix, body, description: `The "${s.title}" section of the ${t.title} template.` };
    }
  }
  out[SnippetNames.timelineEntry] = {
    prefix: "pm-time",
    body: ["- **$CURRENT_HOUR:$CURRENT_MINUTE UTC$CURRENT_TIMEZONE_OFFSET** - ${1:what happened, in one or two sentences}$0"],
    description: "A timeline bullet stamped with the current time and its UTC offset."
  };
  out[SnippetNames.timelineEntryWithDate] = {
    prefix: "pm-time-date",
    body: ["- **$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE $CURRENT_HOUR:$CURRENT_MINUTE UTC$CURRENT_TIMEZONE_OFFSET** - ${1:what happened}$0"],
    description: "A timeline bullet stamped with the current date, time and UTC offset."
  };
  out[SnippetNames.actionItem] = {
    prefix: "pm-action",
    body: ["- [ ] ${1:What will be done} (owner: ${2:@name}, due: ${3:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE})$0"],
    description: "An action item with an owner and a deadline."
  };
  out[SnippetNames.mermaid] = {
    prefix: "pm-mermaid",
    body: [
      "```mermaid",
      "flowchart TD",
      "    A[${1:Issue detected}] --> B[${2:Investigation}]",
      "    B --> C[${3:Mitigation}]",
      "    C --> D[${4:Resolved}]",
      "```",
      "$0"
    ],
    description: "A Mermaid flowchart of the incident."
  };
  return out;
}

// src/core/edits/timelineInsert.ts
var DAY2 = 24 * 60;
function planTimelineInsert(doc, lines2, stamp, placement, template2) {
  const section2 = timelineExtent(doc);
  if (!section2) return newSection(doc, lines2, stamp, template2);
  const entries = timelineEntries(doc);
  const anchor = placement.kind === "cursor" ? entryUnderCursor(entries, placement.line, section2.headingLine, section2.endLine) : chronologicalAnchor(entries, placement);
  if (anchor === "first") {
    const first = entries.find((e) => e.time) ?? entries[0];
    const text2 = adaptToNeighbour(stamp, lines2[first.line] ?? "", first);
    return { ...insertAt(lines2, first.line, text2.line, false), cursor: { line: first.line, column: text2.cursor }, createdSection: false };
  }
  const neighbour = anchor ?? entries[entries.length - 1];
  if (neighbour) {
    const text2 = adaptToNeighbour(stamp, lines2[neighbour.line] ?? "", neighbour);
    const after = entryBlockEnd(lines2, neighbour, entries, section2.endLine);
    return { ...insertAt(lines2, after, text2.line, false, text2.cursor), createdSection: false };
  }
  const last = lastContentLine(lines2, section2.bodyStartLine, section2.endLine) ?? section2.headingLine;
  const res = insertLinesEdit(lines2, last + 1, [stamp], { blankBefore: true, blankAfter: true });
  return { edit: res.edit, cursor: { line: res.firstLine, column: stamp.length }, createdSection: false };
}
function timelineCrossesMidnight(doc) {
  const timed = timelineEntries(doc).filter((e) => e.time?.valid !== false && e.time);
  if (timed.some((e) => (e.elapsedMinutes ?? 0) >= DAY2)) return true;
  const dates = new Set(timed.map((e) => e.time?.date).filter(Boolean).map((d) => `${d.year ?? ""}-${d.month}-${d.day}`));
  if (dates.size > 1) return true;
  for (let i = 1; i < timed.length; i++) {
    if (dayMinutes2(timed[i - 1]) - dayMinutes2(timed[i]) > DAY2 / 2) return true;
  }
  return false;
}
function wouldCrossMidnight(doc, hour, minute) {
  const timed = timelineEntries(doc).filter((e) => e.time);
  const last = timed[timed.length - 1];
  return last !== void 0 && dayMinutes2(last) - (hour * 60 + minute) > DAY2 / 2;
}
function timelineExtent(doc) {
  const tl = doc.timeline;
  if (!tl) return void 0;
  const s = tl.section !== void 0 ? doc.sections[tl.section] : void 0;
  return { headingLine: s ? s.headingLine : tl.startLine - 1, bodyStartLine: tl.startLine, endLine: tl.endLine };
}
function timelineEntries(doc) {
  const inside = doc.timeline?.entries ?? [];
  return inside.filter((e) => e.shape !== "heading").sort((a, b) => a.line - b.line);
}
function entryUnderCursor(entries, line, start, end) {
  if (line < start || line >= end) return void 0;
  let found;
  for (const e of entries) if (e.line <= line) found = e;
  return found;
}
function chronologicalAnchor(entries, p) {
  const timed = entries.filter((e) => e.time && e.time.valid !== false);
  if (timed.length === 0) return void 0;
  const abs = absoluteMinutes2(timed);
  const first = abs[0];
  const last = Math.max(...abs);
  const t = p.hour * 60 + p.minute;
  let candidate = t;
  const firstDate = timed[0].time?.date;
  if (p.date && firstDate) {
    const days = Math.round((Date.UTC(p.date.year, p.date.month - 1, p.date.day) - Date.UTC(firstDate.year ?? p.date.year, firstDate.month - 1, firstDate.day)) / 864e5);
    candidate = t + days * DAY2 + (first - dayMinutes2(timed[0]));
  } else {
    for (let k = 0; k * DAY2 + t <= last; k++) {
      if (k * DAY2 + t >= first) {
        candidate = k * DAY2 + t;
        break;
      }
    }
  }
  let anchor;
  timed.forEach((e, i) => {
    if (abs[i] <= candidate) anchor = e;
  });
  return anchor ?? "first";
}
function absoluteMinutes2(timed) {
  const base = dayMinutes2(timed[0]);
  let offset = 0;
  return timed.map((e, i) => {
    if (e.elapsedMinutes !== void 0) return base + e.elapsedMinutes;
    if (i > 0 && dayMinutes2(timed[i - 1]) - dayMinutes2(e) > DAY2 / 2) offset += DAY2;
    return dayMinutes2(e) + offset;
  });
}
function dayMinutes2(e) {
  return (e.time?.hour ?? 0) * 60 + (e.time?.minute ?? 0);
}
function entryBlockEnd(lines2, entry, entries, sectionEnd2) {
  const next = entries.find((e) => e.line > entry.line)?.line ?? sectionEnd2;
  let end = entry.line + 1;
  if (entry.shape === "table") return end;
  while (end < next && end < lines2.length && /^\s+\S/.test(lines2[end])) end++;
  return end;
}
function lastContentLine(lines2, from, to) {
  for (let i = Math.min(to, lines2.length) - 1; i >= from; i--) if (lines2[i].trim() !== "") return i;
  return void 0;
}
function adaptToNeighbour(stamp, neighbourLine, neighbour) {
  if (neighbour.shape === "table") {
    const cells = neighbourLine.trim().replace(/^\||\|$/g, "").split("|").length;
    const label2 = stamp.replace(/^\s*[-*+]\s+/, "").replace(/\s*[-–—:|]?\s*$/, "");
    const head = `| ${label2} | `;
    return { line: head + " |" + "  |".repeat(Math.max(0, cells - 2)), cursor: head.length };
  }
  const m = /^(\s*)([-*+])\s/.exec(neighbourLine);
  const line = m && /^[-*+]\s/.test(stamp) ? m[1] + m[2] + stamp.slice(1) : stamp;
  return { line, cursor: line.length };
}
function insertAt(lines2, at, text2, blank, cursor = text2.length) {
  const res = insertLinesEdit(lines2, at, [text2], { blankBefore: blank, blankAfter: blank });
  return { edit: res.edit, cursor: { line: res.firstLine, column: cursor } };
}
function newSection(doc, lines2, stamp, template2) {
  const place = sectionPlace(doc, template2, (s) => s.id === "timeline" || /timeline/i.test(s.title));
  const title = template2?.sections.find((s) => s.id === "timeline" || /timeline/i.test(s.title))?.title ?? "Timeline";
  const heading2 = `${"#".repeat(place.level)} ${title}`;
  const res = insertLinesEdit(lines2, place.line, [heading2, "", stamp], { blankBefore: true, blankAfter: true });
  return { edit: res.edit, cursor: { line: res.firstLine + 2, column: stamp.length }, createdSection: true };
}
function sectionPlace(doc, template2, isTarget) {
  const fallbackLevel = doc.sections.find((s) => s.level >= 2 && s.style === "atx")?.level ?? 2;
  const order = template2?.sections ?? [];
  const index = order.findIndex(isTarget);
  if (index >= 0) {
    const later = new Set(order.slice(index + 1).map((s) => s.id));
    const next = doc.sections.find((s) => s.templateSectionId !== void 0 && later.has(s.templateSectionId) && s.headingLine !== doc.titleLine);
    if (next) return { line: next.headingLine, level: next.style === "atx" ? next.level : fallbackLevel };
    const earlier = new Set(order.slice(0, index).map((s) => s.id));
    const prev = [...doc.sections].reverse().find((s) => s.templateSectionId !== void 0 && earlier.has(s.templateSectionId));
    if (prev) {
      const following = doc.sections.find((s) => s.headingLine > prev.headingLine && s.level <= prev.level);
      return { line: following ? following.headingLine : doc.lineCount, level: prev.style === "atx" ? prev.level : fallbackLevel };
    }
  }
  return { line: doc.lineCount, level: fallbackLevel };
}

// src/core/time/format.ts
function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}
function offsetName(gmt) {
  const m = /^(?:GMT|UTC)([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/.exec(gmt);
  if (!m) return gmt === "GMT" || gmt === "UTC" ? "UTC" : gmt;
  return `UTC${m[1] === "+" ? "+" : "-"}${pad2(Number(m[2]))}:${m[3] ?? "00"}`;
}
function partsIn(date, timeZone) {
  const opts = { hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", timeZoneName: "short" };
  if (timeZone) opts.timeZone = timeZone;
  const parts = new Intl.DateTimeFormat("en-US", opts).formatToParts(date);
  const get = (t) => parts.find((p) => p.type === t)?.value ?? "0";
  let zone = get("timeZoneName");
  if (/^(GMT|UTC)/.test(zone)) zone = offsetName(zone);
  return { year: Number(get("year")), month: Number(get("month")), day: Number(get("day")), hour: Number(get("hour")) % 24, minute: Number(get("minute")), second: Number(get("second")), zone };
}
function formatTimelineStamp(date, opts) {
  let p;
  if (opts.timeZone === "UTC") {
    p = formatUtcParts(date);
  } else if (opts.timeZone === "local") p = partsIn(date, void 0);
  else p = ianaFormatter(opts.timeZone) ? partsIn(date, opts.timeZone) : formatUtcParts(date);
  const format2 = opts.format ?? (opts.includeDate ? "YYYY-MM-DD HH:mm" : "HH:mm");
  const out = format2.replace(/YYYY|MM|DD|HH|hh|mm|ss|A|Z/g, (t) => {
    switch (t) {
      case "YYYY":
        return String(p.year);
      case "MM":
        return pad2(p.month);
      case "DD":
        return pad2(p.day);
      case "HH":
        return pad2(p.hour);
      case "hh":
        return String(p.hour % 12 === 0 ? 12 : p.hour % 12);
      case "mm":
        return pad2(p.minute);
      case "ss":
        return pad2(p.second);
      case "A":
        return p.hour < 12 ? "AM" : "PM";
      default:
        return p.zone;
    }
  });
  return format2.includes("Z") ? out : `${out} ${p.zone}`;
}
function formatUtcParts(date) {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), zone: "UTC" };
}

// src/core/edits/timelineStamp.ts
var DEFAULT_ENTRY_FORMAT = "- **{time} {zone}** - ";
function renderTimelineEntry(date, opts) {
  const pick = (format3) => formatTimelineStamp(date, { timeZone: opts.timeZone, format: `${format3}|Z` }).split("|")[0];
  const zone = formatTimelineStamp(date, { timeZone: opts.timeZone, format: "Z" });
  const time = pick("HH:mm");
  const day = pick("YYYY-MM-DD");
  let format2 = opts.format || DEFAULT_ENTRY_FORMAT;
  if (opts.includeDate && !format2.includes("{date}")) format2 = format2.replace("{time}", "{date} {time}");
  return format2.replace(/\{date\}/g, day).replace(/\{time\}/g, time).replace(/\{zone\}/g, zone);
}

// src/core/render/html.ts
var FLOWCHART_MARKER = "postmortem:flowchart";
var FLOWCHART_START = "postmortem:flowchart:start";
var FLOWCHART_END = "postmortem:flowchart:end";
var MERMAID_CLASS = "pm-mermaid";
var DIAGRAM_ID = "data-diagram";
function createRenderer() {
  const md2 = new lib_default({ html: false, linkify: true, typographer: false });
  md2.validateLink = allowedLink;
  md2.block.ruler.before("html_block", "pm_comment", commentBlock, { alt: ["paragraph", "reference", "blockquote"] });
  md2.core.ruler.push("pm_flowchart_top", placeFlowchart);
  md2.core.ruler.push("pm_source_lines", sourceLines);
  md2.renderer.rules["pm_comment"] = (tokens, idx, _options, env) => tokens[idx].meta === FLOWCHART_MARKER ? mermaidBlock(env, env.flowchart, true, lineOf(tokens[idx], env)) : "";
  const fence2 = md2.renderer.rules.fence;
  md2.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token.info.trim().split(/\s+/)[0]?.toLowerCase() === "mermaid") return mermaidBlock(env, token.content, false, lineOf(token, env));
    return fence2(tokens, idx, options, env, self);
  };
  const image2 = md2.renderer.rules.image;
  md2.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = token.attrGet("src");
    if (env.imageSrc && src && isLocalImage(src)) {
      const mapped = env.imageSrc(src);
      if (mapped !== void 0) token.attrSet("src", mapped);
    }
    return image2(tokens, idx, options, env, self);
  };
  return (markdown, flowchart, options = {}) => md2.render(markdown, { ...options, flowchart, diagrams: 0 });
}
function isLocalImage(src) {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  return scheme === void 0 ? !src.startsWith("//") : scheme === "file";
}
function sourceLines(state) {
  if (!state.env.sourceLines) return;
  for (const token of state.tokens) {
    if (token.map && token.nesting !== -1 && token.type !== "inline" && token.type !== "pm_comment") {
      token.attrSet("data-line", String(token.map[0]));
    }
  }
}
function lineOf(token, env) {
  return env.sourceLines && token.map ? String(token.map[0]) : void 0;
}
function allowedLink(url) {
  const href = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === void 0) return !href.startsWith("//");
  return scheme === "http" || scheme === "https" || scheme === "file" || /^data:image\/(?:gif|png|jpeg|webp);/i.test(href);
}
function mermaidBlock(env, source, generated, line) {
  const at = line === void 0 ? "" : ` data-line="${line}"`;
  if (!source.trim()) return generated ? "" : `<pre class="pm-mermaid-empty"${at}></pre>
`;
  return `<pre class="${MERMAID_CLASS}${generated ? " pm-flowchart" : ""}" ${DIAGRAM_ID}="${env.diagrams++}"${at}>${escapeHtml2(source)}</pre>
`;
}
function escapeHtml2(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function commentBlock(state, startLine, endLine, silent) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!state.src.startsWith("<!--", start)) return false;
  let line = startLine;
  let close = -1;
  for (; line < endLine; line++) {
    const from = line === startLine ? start + 4 : state.bMarks[line];
    close = state.src.indexOf("-->", from);
    if (close !== -1 && close <= state.eMarks[line]) break;
    close = -1;
  }
  if (close === -1) return false;
  if (state.src.slice(close + 3, state.eMarks[line]).trim() !== "") return false;
  if (silent) return true;
  const token = state.push("pm_comment", "", 0);
  token.meta = state.src.slice(start + 4, close).trim();
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
}
function placeFlowchart(state) {
  const markers = state.tokens.filter((t) => t.type === "pm_comment").map((t) => t.meta);
  if (markers.includes(FLOWCHART_MARKER) || markers.includes(FLOWCHART_START)) return;
  const token = new state.Token("pm_comment", "", 0);
  token.meta = FLOWCHART_MARKER;
  const first = state.tokens[0];
  const at = first?.type === "heading_open" && first.tag === "h1" ? 3 : 0;
  state.tokens.splice(at, 0, token);
}

// src/core/edits/flowchartInsert.ts
var START = `<!-- ${FLOWCHART_START} -->`;
var END = `<!-- ${FLOWCHART_END} -->`;
function planFlowchartInsert(doc, lines2, flowchart) {
  const existing = findMarkers(lines2);
  if (existing) {
    const hadHeading = lines2.slice(existing.start + 1, existing.end).some((l) => /^#{1,6}\s/.test(l));
    const block2 = blockLines(flowchart, hadHeading ? headingLevel(doc) : 0);
    const current = lines2.slice(existing.start, existing.end + 1);
    const range = { startLine: existing.start, startColumn: 0, endLine: existing.end, endColumn: lines2[existing.end].length };
    const same = current.join("\n") === block2.join("\n");
    return {
      action: same ? "unchanged" : "updated",
      edit: same ? null : { range, newText: block2.join("\n") },
      startLine: existing.start,
      endLine: existing.start + block2.length
    };
  }
  const diagramSection = doc.sections.find((s) => /\b(flow ?chart|diagram)s?\b/i.test(s.title));
  const at = diagramSection ? diagramSection.bodyStartLine : timelineEnd(doc, lines2);
  return insertAt2(lines2, at, blockLines(flowchart, diagramSection ? 0 : headingLevel(doc)));
}
function findMarkers(lines2) {
  const start = lines2.findIndex((l) => l.trim() === START);
  if (start === -1) return void 0;
  const end = lines2.findIndex((l, i) => i > start && l.trim() === END);
  return end === -1 ? void 0 : { start, end };
}
function blockLines(flowchart, level) {
  const heading2 = level > 0 ? [`${"#".repeat(level)} Flowchart`, ""] : [];
  const body = flowchart.trim() ? flowchart.trimEnd().split("\n") : ["flowchart TD", '  empty["No timeline entries yet"]'];
  return [START, ...heading2, "```mermaid", ...body, "```", END];
}
function headingLevel(doc) {
  const timeline = doc.timeline?.section !== void 0 ? doc.sections[doc.timeline.section] : void 0;
  return timeline && (timeline.style === "atx" || timeline.style === "setext") ? timeline.level : 2;
}
function timelineEnd(doc, lines2) {
  let end = doc.timeline ? Math.min(doc.timeline.endLine, lines2.length) : lines2.length;
  while (end > 0 && lines2[end - 1].trim() === "") end--;
  return end;
}
function insertAt2(lines2, at, block2) {
  if (at >= lines2.length || at === lines2.length - 1 && lines2[at] === "" && lines2.length > 1) {
    const last = lines2.length - 1;
    const tail = lines2[last] ?? "";
    const before = tail.trim() === "" ? last > 0 && lines2[last - 1].trim() !== "" ? "\n" : "" : "\n\n";
    const startLine2 = last + (before.match(/\n/g)?.length ?? 0);
    return { action: "inserted", edit: {
      range: { startLine: last, startColumn: tail.length, endLine: last, endColumn: tail.length },
      newText: before + block2.join("\n") + "\n"
    }, startLine: startLine2, endLine: startLine2 + block2.length };
  }
  const blankBefore = at > 0 && lines2[at - 1].trim() !== "";
  const blankAfter = lines2[at].trim() !== "";
  const newText = (blankBefore ? "\n" : "") + block2.join("\n") + "\n" + (blankAfter ? "\n" : "");
  const startLine = at + (blankBefore ? 1 : 0);
  return {
    action: "inserted",
    edit: { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText },
    startLine,
    endLine: startLine + block2.length
  };
}

// src/core/time/input.ts
var PATTERN = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})[ T]+)?(\d{1,2})(?::|h|\.)?(\d{2})\s*(?:([ap])\.?\s*m\.?)?$/i;
function parseTimeInput(input) {
  const text2 = input.trim();
  if (text2 === "") return { ok: false, error: "Type a time such as 14:32, 2:32 pm or 2026-11-27 14:32." };
  const m = PATTERN.exec(text2);
  if (!m) return { ok: false, error: `"${text2}" is not a time: use HH:MM (24-hour), h:mm am/pm, or YYYY-MM-DD HH:MM.` };
  let hour = Number(m[4]);
  const minute = Number(m[5]);
  const meridiem = m[6]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, error: `"${text2}": with am/pm the hour must be 1\u201312.` };
    hour = hour % 12 + (meridiem === "p" ? 12 : 0);
  } else if (hour > 23) {
    return { ok: false, error: `"${text2}": the hour must be 0\u201323.` };
  }
  if (minute > 59) return { ok: false, error: `"${text2}": the minutes must be 00\u201359.` };
  if (!m[1]) return { ok: true, value: { hour, minute } };
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (probe.getUTCMonth() !== date.month - 1 || probe.getUTCDate() !== date.day) {
    return { ok: false, error: `"${text2}": ${m[1]}-${m[2]}-${m[3]} is not a calendar date.` };
  }
  return { ok: true, value: { hour, minute, date } };
}
function wallClock(instant, timeZone) {
  if (timeZone === "local") {
    return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate(), hour: instant.getHours(), minute: instant.getMinutes() };
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric"
  }).formatToParts(instant);
  const get = (t) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute") };
}
function instantOf(time, timeZone, now = /* @__PURE__ */ new Date()) {
  const day = time.date ?? wallClock(now, timeZone);
  if (timeZone === "local") return new Date(day.year, day.month - 1, day.day, time.hour, time.minute);
  const wanted = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), timeZone);
    guess += wanted - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  }
  return new Date(guess);
}
function isValidTimeZone(timeZone) {
  if (timeZone === "local" || timeZone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

// src/core/story/mermaidText.ts
var SAFE = /[\p{L}\p{N}\p{M} .,\-_/+!?@()'’]/u;
function plainText(markdown) {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|~~)(.+?)\1/g, "$2").replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, "$1$2").replace(/`+([^`]*)`+/g, "$1").replace(/\s+/g, " ").trim();
}
function truncate(text2, max) {
  const chars = Array.from(text2);
  if (chars.length <= max) return text2;
  const cut = chars.slice(0, Math.max(1, max - 1)).join("");
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:-]+$/, "") + "\u2026";
}
function escapeLabel(text2) {
  let out = "";
  for (const ch of text2.replace(/[\r\n\t]+/g, " ")) {
    const code2 = ch.codePointAt(0);
    out += SAFE.test(ch) ? ch : code2 < 32 ? " " : `#${code2};`;
  }
  return out;
}
function label(text2, max) {
  return `"${escapeLabel(truncate(plainText(text2), max))}"`;
}
function clock(time) {
  if (!time) return "";
  if (!time.valid) return time.raw.trim();
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}

// src/core/story/flowchart.ts
var HOW = { monitoring: "Monitoring alert", customer: "Customer reports", engineer: "Engineer noticed" };
var SHAPES = {
  detection: ["([", "])"],
  investigation: ["[", "]"],
  misleading: ["[", "]"],
  escalation: ["{{", "}}"],
  mitigation: ["(", ")"],
  resolution: ["([", "])"],
  other: ["[", "]"],
  how: [">", "]"],
  task: ["[", "]"],
  gap: ["[", "]"],
  more: ["[", "]"]
};
var CLASSES = [
  ["detection", "fill:#fde2e1,stroke:#cf222e,color:#1f2328"],
  ["misleading", "fill:#eaeef2,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3"],
  ["escalation", "fill:#fff1c2,stroke:#bf8700,color:#1f2328"],
  ["mitigation", "fill:#ddf4ff,stroke:#0969da,color:#1f2328"],
  ["resolution", "fill:#dafbe1,stroke:#1a7f37,color:#1f2328"],
  ["task", "fill:#fbefff,stroke:#8250df,color:#1f2328"]
];
function flowchartModel(doc, options = {}) {
  const maxEntries = Math.max(2, options.maxEntries ?? 40);
  const entries = doc.timeline?.entries ?? [];
  const phases = entries.map((e) => e.phase);
  const classified = phases.some((p) => p !== "other");
  const nodes = [];
  const edges = [];
  let anchor;
  let deadTail;
  for (const item of selectEntries(phases, maxEntries)) {
    if (typeof item === "number") {
      const entry = entries[item];
      const kind = phases[item];
      const id = `n${item}`;
      nodes.push({ id, kind, text: entryText(entry, kind), line: entry.line });
      if (kind === "misleading" && anchor) {
        edges.push(deadTail ? { from: deadTail, to: id, style: "dashed" } : { from: anchor, to: id, style: "dashed", label: "dead end" });
        deadTail = id;
        continue;
      }
      if (kind === "detection") addHow(entry, id, nodes, edges);
      if (anchor) edges.push({ from: anchor, to: id, style: kind === "resolution" ? "thick" : "solid" });
      anchor = id;
    } else {
      const id = `g${nodes.length}`;
      nodes.push({ id, kind: "gap", text: `\u2026 ${item.skipped} more entries` });
      if (anchor) edges.push({ from: anchor, to: id, style: "solid" });
      anchor = id;
    }
    deadTail = void 0;
  }
  addTasks(doc.tasks, anchor, options.maxTasks ?? 8, nodes, edges);
  const durationMinutes = doc.summary.durationMinutes ?? lastElapsed(entries);
  return { nodes, edges, classified, ...durationMinutes !== void 0 ? { durationMinutes } : {} };
}
function buildFlowchart(doc, options = {}) {
  return renderFlowchart(flowchartModel(doc, options), options);
}
function renderFlowchart(model, options = {}) {
  if (model.nodes.length === 0) return "";
  const max = options.labelLength ?? 70;
  const title = model.durationMinutes !== void 0 ? `Incident \xB7 ${formatDuration(model.durationMinutes)}` : "Incident";
  const out = [`flowchart ${options.direction ?? "TD"}`, "  accTitle: Incident flowchart"];
  const story = model.nodes.filter((n) => n.kind !== "task" && n.kind !== "more");
  const tasks = model.nodes.filter((n) => n.kind === "task" || n.kind === "more");
  if (story.length > 0) out.push(`  subgraph incident ["${escapeLabel(title)}"]`, ...story.map((n) => `    ${node(n, max)}`), "  end");
  if (tasks.length > 0) {
    out.push('  subgraph actions ["Corrective actions"]', ...tasks.map((n) => `    ${node(n, max)}`), "  end");
  }
  for (const e of model.edges) out.push(`  ${edge(e)}`);
  if (!model.classified) return out.join("\n") + "\n";
  for (const [name, style] of CLASSES) out.push(`  classDef ${name} ${style}`);
  for (const [name] of CLASSES) {
    const ids = model.nodes.filter((n) => n.kind === name || name === "task" && n.kind === "more").map((n) => n.id);
    if (ids.length > 0) out.push(`  class ${ids.join(",")} ${name}`);
  }
  return out.join("\n") + "\n";
}
function node(n, max) {
  const [open, close] = SHAPES[n.kind];
  return `${n.id}${open}${label(n.text, max)}${close}`;
}
function edge(e) {
  const arrow = { solid: "-->", dashed: "-.->", thick: "==>", invisible: "~~~" }[e.style];
  return `${e.from} ${arrow}${e.label ? `|"${escapeLabel(e.label)}"|` : ""} ${e.to}`;
}
function entryText(entry, kind) {
  const time = clock(entry.time);
  const text2 = kind === "misleading" ? `\u2717 ${entry.text}` : entry.text;
  return time ? `${time} \xB7 ${text2}` : text2;
}
function addHow(entry, id, nodes, edges) {
  const method = detectionMethod(`${entry.text} ${entry.detail ?? ""}`);
  if (!method) return;
  nodes.push({ id: "how", kind: "how", text: HOW[method] });
  edges.push({ from: "how", to: id, style: "solid" });
}
function addTasks(tasks, anchor, max, nodes, edges) {
  const column = tasks.slice(0, max).map((t, i) => ({ id: `t${i}`, kind: "task", text: `${t.checked ? "\u2611" : "\u2610"} ${t.text}`, line: t.line }));
  if (tasks.length > max) column.push({ id: "tmore", kind: "more", text: `+ ${tasks.length - max} more tasks` });
  column.forEach((n, i) => {
    nodes.push(n);
    const previous = i === 0 ? anchor : column[i - 1].id;
    if (previous) edges.push({ from: previous, to: n.id, style: i === 0 ? "solid" : "invisible" });
  });
}
function selectEntries(phases, max) {
  const all = phases.map((_, i) => i);
  if (phases.length <= max) return all;
  const key = all.filter((i) => i === 0 || i === phases.length - 1 || !["investigation", "other"].includes(phases[i]));
  const keep = new Set(spread(key, Math.min(key.length, max)));
  const rest = all.filter((i) => !keep.has(i));
  for (const i of spread(rest, max - keep.size)) keep.add(i);
  const out = [];
  let previous = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i - previous > 1) out.push({ skipped: i - previous - 1 });
    out.push(i);
    previous = i;
  }
  return out;
}
function spread(list2, count) {
  if (count <= 0) return [];
  if (count >= list2.length) return [...list2];
  if (count === 1) return [list2[0]];
  return Array.from({ length: count }, (_, k) => list2[Math.round(k * (list2.length - 1) / (count - 1))]);
}
function lastElapsed(entries) {
  for (let i = entries.length - 1; i >= 0; i--) {
    const m = entries[i].elapsedMinutes;
    if (m !== void 0) return m;
  }
  return void 0;
}

// src/core/model/report.ts
function modelReport(m) {
  const bySection = new Map(m.regions.filter((r) => r.section !== void 0).map((r) => [r.section, r]));
  const sections = m.sections.map((s, i) => {
    const r = bySection.get(i);
    return r ? { title: s.title, line: s.headingLine + 1, templateSection: r.templateSectionId, by: r.by } : { title: s.title, line: s.headingLine + 1, templateSection: null };
  });
  for (const r of m.regions) {
    if (r.by === "opening") sections.push({ title: m.template.sections[r.templateIndex].title, line: r.anchorLine + 1, templateSection: r.templateSectionId, by: "opening" });
  }
  sections.sort((a, b) => a.line - b.line);
  return {
    template: m.template.id,
    words: m.words,
    postmortem: m.reading.postmortem,
    sections,
    timeline: (m.timeline?.entries ?? []).map((e) => ({
      line: e.line + 1,
      time: e.time?.raw ?? null,
      zone: e.time?.zone?.raw ?? null,
      phase: e.phase,
      text: e.detail ? `${e.text} ${e.detail}`.trim() : e.text
    })),
    tasks: m.tasks.map((t) => ({ line: t.line + 1, text: t.text, done: t.checked ?? null, owner: t.owner ?? null, due: t.deadline ?? null }))
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_ENTRY_FORMAT,
  DEFAULT_TEMPLATE_ID,
  FLOWCHART_END,
  FLOWCHART_MARKER,
  FLOWCHART_START,
  MERMAID_CLASS,
  SnippetNames,
  ZONE_ABBREVIATIONS,
  absoluteMinutes,
  allRules,
  allTemplates,
  applyEdits,
  buildFlowchart,
  buildSnippets,
  builtinTemplates,
  classifyTimeline,
  cleanTitle,
  compatibleFixEdits,
  countWords,
  createRenderer,
  detectionMethod,
  diffEdit,
  escapeHtml,
  findDates,
  findDurations,
  findMarkers,
  findTimestamps,
  findZone,
  firstHeading,
  fixAllText,
  flowchartModel,
  formatDuration,
  formatTimelineStamp,
  getRule,
  getTemplate,
  headingKey,
  ianaOffsetMinutes,
  insertLinesEdit,
  instantOf,
  isFixAllSafe,
  isValidTimeZone,
  joinSource,
  lint,
  lintModel,
  lintWith,
  loadConfig,
  looksLikePostmortem,
  modelReport,
  orderKeys,
  parseText,
  parseTimeInput,
  parseZone,
  planFlowchartInsert,
  planTimelineInsert,
  postmortemSnippet,
  rangesOverlap,
  readModel,
  renderFlowchart,
  renderTimelineEntry,
  renumberTabstops,
  ruleMetas,
  sectionInsertEdit,
  sectionMarkdown,
  sectionPlace,
  sectionSnippet,
  similarity,
  snippetToText,
  sourceText,
  splitLines,
  stripSnippet,
  templateMarkdown,
  timelineCrossesMidnight,
  validateCustomTemplates,
  wallClock,
  wouldCrossMidnight
});
