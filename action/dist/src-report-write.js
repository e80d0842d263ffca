import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  STATUS_SYMBOL,
  countStatuses,
  statusLabel
} from "./chunk-src-report-symbols.js";
import {
  STATUSES,
  STATUS_SEVERITY,
  SUITES
} from "./chunk-src-results-model.js";
import {
  copyKey
} from "./chunk-src-results-compare.js";
import {
  copiesCountedAt,
  describeCopyCause
} from "./chunk-src-results-verdicts.js";
import {
  __commonJS,
  __toESM
} from "./chunk-runtime.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/report/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/results/compact.ts
function requestLine(e) {
  if (e.trimmed) return e;
  return {
    method: e.method,
    url: e.url,
    ...e.status !== void 0 ? { status: e.status } : {},
    requestHeaders: {},
    responseHeaders: {},
    ...e.error !== void 0 ? { error: e.error } : {},
    durationMs: e.durationMs,
    trimmed: true
  };
}
function compactEvidence(results) {
  const trim = (record) => record.status === "pass" ? { ...record, evidence: record.evidence.map(requestLine) } : record;
  return {
    ...results,
    results: results.results.map(trim),
    ...results.interop ? { interop: results.interop.map(trim) } : {}
  };
}

// src/results/serialize.ts
function serializeResults(value) {
  return `${layout(value, 0)}
`;
}
function layout(value, depth) {
  if (depth >= 2 || value === null || typeof value !== "object") return JSON.stringify(value);
  const pad = "  ".repeat(depth + 1);
  const close = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[
${value.map((item) => pad + layout(item, depth + 1)).join(",\n")}
${close}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== void 0);
  if (entries.length === 0) return "{}";
  return `{
${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${layout(v, depth + 1)}`).join(",\n")}
${close}}`;
}

// src/report/badge.ts
var COLOUR = {
  pass: "#1a7f37",
  fail: "#b42318",
  warn: "#8a5300",
  error: "#6b2fc2",
  unsupported: "#175cd3",
  skip: "#5b6570",
  none: "#5b6570"
};
var SHOWN = ["error", "fail", "warn", "pass"];
function xml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u001f\u007f]/g, "");
}
var textWidth = (text) => Math.ceil([...text].length * 6.8) + 10;
function badgeSvg(label, message, colour) {
  const left = textWidth(label);
  const right = textWidth(message);
  const width = left + right;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${xml(`${label}: ${message}`)}">
<title>${xml(`${label}: ${message}`)}</title>
<rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${colour}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="14">${xml(label)}</text><text x="${left + right / 2}" y="14">${xml(message)}</text>
</g>
</svg>
`;
}
function badgeFileName(registry) {
  return `${registry.replace(/[^a-z0-9._-]/gi, "_")}.svg`;
}
function registryBadges(results) {
  return results.registries.filter((r) => r.status !== "skipped").map((registry) => {
    const label = `OCI · ${registry.name}`;
    if (registry.status === "error") return { file: badgeFileName(registry.name), svg: badgeSvg(label, "not reachable", COLOUR.error) };
    const statuses = [
      ...results.results.filter((r) => r.registry === registry.name).map((r) => r.status),
      ...copiesCountedAt(results.interop ?? [], registry.name).map((c) => c.status)
    ];
    const counts = countStatuses(statuses);
    const worst = SHOWN.find((s) => counts[s] > 0) ?? "none";
    const parts = SHOWN.filter((s) => counts[s] > 0 && (s !== "pass" || worst === "pass")).map((s) => `${counts[s]} ${s}`);
    const message = parts.join(" · ") || (STATUSES.some((s) => counts[s] > 0) ? "nothing judged" : "no results");
    return { file: badgeFileName(registry.name), svg: badgeSvg(label, message, COLOUR[worst]) };
  });
}

// src/report/html.ts
import { createHash } from "node:crypto";

// src/report/format.ts
var TEXT_PRESENTATION = "︎";
function badge(status) {
  if (status === "none") return { status, symbol: "—", word: "not run" };
  return { status, symbol: STATUS_SYMBOL[status] + TEXT_PRESENTATION, word: status };
}
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(ms / 6e4);
  return `${minutes} min ${Math.round(ms % 6e4 / 1e3)} s`;
}
function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : void 0;
  } catch {
    return void 0;
  }
}
function formatTimestamp(value) {
  if (!value) return "—";
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return value;
  return `${new Date(time).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
function describeLimits(limits) {
  return Object.entries(limits ?? {}).map(([name, value]) => `${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
}

// src/report/overview-view.ts
function resultPlaces(results) {
  const places = /* @__PURE__ */ new Map();
  const columns = results.registries.filter((r) => r.status === "tested").map((r) => r.name);
  const checks = new Map(results.checks.map((c, i) => [c.id, { check: c, index: i }]));
  for (const r of results.results) {
    const found = checks.get(r.check);
    const column = columns.indexOf(r.registry);
    if (!found || column < 0) continue;
    places.set(placeKey(r.registry, r.check), { cellId: `c${found.index}-r${column}`, label: r.check, title: found.check.title, level: found.check.level });
  }
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const names = interopNames(results.interop ?? []);
  for (const copy of results.interop ?? []) {
    const place = {
      cellId: `i${names.indexOf(copy.source)}-${names.indexOf(copy.destination)}`,
      label: `${copy.source} → ${copy.destination}`,
      title: `copy of ${titles.get(copy.content) ?? copy.content}`
    };
    places.set(placeKey(copy.destination, copyKey(copy)), place);
    places.set(placeKey(copy.source, copyKey(copy)), place);
  }
  return places;
}
function interopNames(copies) {
  return [...new Set(copies.flatMap((c) => [c.source, c.destination]))];
}
var placeKey = (registry, key) => `${registry}\0${key}`;
function nameParts(name) {
  return name.split(/(?<=[-._])/);
}
var NEEDS_A_LOOK = ["error", "fail", "warn"];
function lookItems(registry, results, copies, places, changed) {
  const items = [];
  const add = (key, status, message) => {
    const place = places.get(placeKey(registry, key));
    if (!place) return;
    items.push({ ...place, ...badge(status), message, change: changed.get(key), rank: STATUS_SEVERITY[status] });
  };
  for (const r of results) if (NEEDS_A_LOOK.includes(r.status) && !r.expected) add(r.check, r.status, r.message);
  for (const c of copies) if (NEEDS_A_LOOK.includes(c.status)) add(copyKey(c), c.status, c.message);
  return items.sort((a, b) => b.rank - a.rank || Number(Boolean(b.change)) - Number(Boolean(a.change))).map(({ rank: _rank, ...item }) => item);
}
function changesView(results, places) {
  const comparison = results.comparison;
  if (!comparison) return void 0;
  const describe = (registry, keys) => keys.map((key) => places.get(placeKey(registry, key)) ?? { cellId: "", label: key, title: "not in this run" });
  const registries = comparison.registries.map((r) => ({
    registry: r.registry,
    nameParts: nameParts(r.registry),
    groups: [
      { kind: "newly failing", ...badge("fail"), items: describe(r.registry, r.newlyFailing) },
      { kind: "newly erroring", ...badge("error"), items: describe(r.registry, r.newlyErroring) },
      { kind: "newly passing", ...badge("pass"), items: describe(r.registry, r.newlyPassing) }
    ].filter((g) => g.items.length > 0)
  })).filter((r) => r.groups.length > 0);
  const compared = new Set(comparison.registries.map((r) => r.registry));
  return {
    baselineRun: comparison.baseline.runId,
    baselineText: formatTimestamp(comparison.baseline.startedAt),
    registries,
    unchanged: comparison.registries.filter((r) => !registries.some((c) => c.registry === r.registry)).map((r) => r.registry),
    notCompared: results.registries.filter((r) => r.status !== "skipped" && !compared.has(r.name)).map((r) => r.name)
  };
}
function changeSummary(results, registry) {
  if (!results.comparison) return void 0;
  const changes = results.comparison.registries.find((r) => r.registry === registry);
  if (!changes) return { compared: false };
  const parts = [
    { text: `${changes.newlyFailing.length} newly failing`, count: changes.newlyFailing.length, status: "fail" },
    { text: `${changes.newlyErroring.length} newly erroring`, count: changes.newlyErroring.length, status: "error" },
    { text: `${changes.newlyPassing.length} newly passing`, count: changes.newlyPassing.length, status: "pass" }
  ].filter((p) => p.count > 0);
  return { compared: true, parts };
}
function historyStrip(history, registry) {
  if (!history || history.length < 2) return void 0;
  return history.map((entry) => {
    const counts = entry.counts[registry];
    const total = counts ? STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0) : 0;
    const segments = total ? STATUSES.filter((s) => counts[s]).map((s) => ({ status: s, percent: ((counts[s] ?? 0) / total * 100).toFixed(1) })) : [];
    const text = total ? STATUSES.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(", ") : "not tested";
    return { segments, label: `${entry.runId} (${formatTimestamp(entry.startedAt)}): ${text}` };
  });
}
function overviewRow(registry, index, results, own, copies, verdict, look) {
  const statuses = [...own.map((r) => r.status), ...copies.map((c) => c.status)];
  const counts = countStatuses(statuses);
  const tested = registry.status === "tested";
  return {
    anchor: `reg-${index}`,
    lookAnchor: `look-${index}`,
    name: registry.name,
    nameParts: nameParts(registry.name),
    url: registry.url,
    limits: describeLimits(registry.knownLimits),
    status: registry.status,
    tested,
    reason: registry.reason,
    answer: verdict && verdict.storesAnyContentUnchanged !== "not tested" ? verdict.storesAnyContentUnchanged : void 0,
    problemCount: verdict?.problems.length ?? 0,
    categories: (verdict?.categories ?? []).map((c) => ({ ...c, supportClass: c.support.replace(" ", "-"), failingCount: c.failing.length })),
    counts: STATUSES.filter((s) => counts[s] > 0).map((s) => ({ ...badge(s), count: counts[s] })),
    lookCount: look.length,
    expectedCount: own.filter((r) => r.expected && r.status !== "pass").length,
    change: changeSummary(results, registry.name),
    history: historyStrip(results.history, registry.name)
  };
}
function buildOverview(results) {
  const places = resultPlaces(results);
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const judged = results.registries.filter((r) => r.status !== "skipped");
  const changedKeys = (registry) => {
    const c = results.comparison?.registries.find((r) => r.registry === registry);
    const map = /* @__PURE__ */ new Map();
    for (const key of c?.newlyFailing ?? []) map.set(key, "newly failing");
    for (const key of c?.newlyErroring ?? []) map.set(key, "newly erroring");
    return map;
  };
  const rows = judged.map((registry, index) => {
    const own = results.results.filter((r) => r.registry === registry.name);
    const copies = copiesCountedAt(results.interop ?? [], registry.name);
    const look = lookItems(registry.name, own, copies, places, changedKeys(registry.name));
    return { row: overviewRow(registry, index, results, own, copies, verdicts.get(registry.name), look), look };
  });
  return {
    changes: changesView(results, places),
    overview: rows.map((r) => r.row),
    needsALook: rows.filter((r) => r.look.length > 0 || r.row.status === "error").map((r) => ({ anchor: r.row.lookAnchor, name: r.row.name, status: r.row.status, reason: r.row.reason, items: r.look, expectedCount: r.row.expectedCount, errorBadge: badge("error") })),
    hasHistory: Boolean(results.history && results.history.length >= 2)
  };
}

// src/report/html-view.ts
function httpStatusClass(status) {
  if (status === void 0) return "http-none";
  return `http-${Math.floor(status / 100)}xx`;
}
function headerList(headers) {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}
var EXCHANGES_SHOWN_IN_FULL = 3;
function evidenceView(evidence) {
  return evidence.map((e, i) => exchangeView(e, i < evidence.length - EXCHANGES_SHOWN_IN_FULL));
}
function evidenceNote(evidence) {
  if (evidence.some((e) => e.trimmed)) return "a passing result keeps request lines only";
  if (evidence.length > EXCHANGES_SHOWN_IN_FULL) return `the last ${EXCHANGES_SHOWN_IN_FULL} in full; every exchange in full in results.json`;
  return void 0;
}
function exchangeView(e, lineOnly = false) {
  return {
    lineOnly: lineOnly || Boolean(e.trimmed),
    method: e.method,
    url: e.url,
    statusText: e.status === void 0 ? "no answer" : String(e.status),
    statusClass: httpStatusClass(e.status),
    durationText: formatDuration(e.durationMs),
    error: e.error,
    requestHeaders: headerList(e.requestHeaders),
    responseHeaders: headerList(e.responseHeaders),
    requestBody: e.requestBody || void 0,
    responseBody: e.responseBody || void 0
  };
}
function cellView(id, registry, result) {
  if (!result) return { id, registry, ran: false, ...badge("none"), expected: false, message: "", durationText: "", evidence: [] };
  return {
    id,
    registry,
    ran: true,
    ...badge(result.status),
    expected: Boolean(result.expected),
    message: result.message,
    durationText: formatDuration(result.durationMs),
    evidence: evidenceView(result.evidence),
    evidenceNote: evidenceNote(result.evidence)
  };
}
function registryView(registry, results) {
  const counts = countStatuses(results.map((r) => r.status));
  return {
    ...registry,
    nameParts: nameParts(registry.name),
    limits: describeLimits(registry.knownLimits),
    findings: STATUSES.filter((s) => s !== "pass" && counts[s] > 0).map((s) => ({ ...badge(s), count: counts[s] }))
  };
}
function interopView(results) {
  const copies = results.interop ?? [];
  if (!copies.length) return void 0;
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const names = interopNames(copies);
  return {
    names: names.map((name) => ({ name, nameParts: nameParts(name) })),
    total: copies.length,
    passed: copies.filter((c) => c.status === "pass").length,
    rows: names.map((source, s) => ({
      source,
      cells: names.map((destination, d) => {
        if (source === destination) return { self: true };
        const pair = copies.filter((c) => c.source === source && c.destination === destination);
        if (!pair.length) return { self: false, empty: true, ...badge("none") };
        const worst = pair.reduce((a, b) => severity(b.status) > severity(a.status) ? b : a);
        const counts = countStatuses(pair.map((c) => c.status));
        return {
          self: false,
          empty: false,
          id: `i${s}-${d}`,
          destination,
          ...badge(worst.status),
          counts: STATUSES.filter((st) => counts[st] > 0).map((st) => ({ ...badge(st), count: counts[st] })),
          copies: [...pair].sort((a, b) => severity(b.status) - severity(a.status)).map((c) => ({
            ...badge(c.status),
            title: titles.get(c.content) ?? c.content,
            message: c.message,
            cause: describeCopyCause(c),
            durationText: formatDuration(c.durationMs),
            evidence: evidenceView(c.evidence),
            evidenceNote: evidenceNote(c.evidence)
          }))
        };
      })
    }))
  };
}
function severity(status) {
  return STATUS_SEVERITY[status];
}
function runDuration(startedAt, finishedAt) {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : void 0;
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function showControlCharacters(value) {
  if (typeof value === "string") {
    return value.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  }
  if (Array.isArray(value)) return value.map(showControlCharacters);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, showControlCharacters(v)]));
  }
  return value;
}
function buildHtmlView(results) {
  const columns = results.registries.filter((r) => r.status === "tested");
  const tested = new Set(columns.map((r) => r.name));
  const byKey = new Map(results.results.map((r) => [`${r.registry}\0${r.check}`, r]));
  const checkIndex = new Map(results.checks.map((c, i) => [c.id, i]));
  const suites = SUITES.map((suite) => {
    const rows = results.checks.filter((c) => c.suite === suite).map((check) => {
      const i = checkIndex.get(check.id);
      const cells = columns.map((registry, r) => cellView(`c${i}-r${r}`, registry.name, byKey.get(`${registry.name}\0${check.id}`)));
      const findings = [...new Set(cells.map((c) => c.status).filter((s) => s !== "pass"))].join(" ");
      return { check, specUrl: safeHref(check.spec.url), cells, findings, searchText: `${check.id} ${check.title} ${check.spec.section}`.toLowerCase() };
    });
    const withFindings = rows.filter((r) => r.findings).length;
    return { suite, rows, withFindings };
  }).filter((s) => s.rows.length > 0);
  const registries = results.registries.map((registry) => registryView(registry, results.results.filter((r) => r.registry === registry.name)));
  return {
    run: results.run,
    startedText: formatTimestamp(results.run.startedAt),
    finishedText: formatTimestamp(results.run.finishedAt),
    runDuration: runDuration(results.run.startedAt, results.run.finishedAt),
    checkCount: results.checks.length,
    // Registries that ran (or failed to start) get an overview row; skipped ones a compact list with the reason.
    ...buildOverview(results),
    skipped: registries.filter((r) => r.status === "skipped"),
    columns: registries.filter((r) => tested.has(r.name)),
    columnSpan: columns.length + 1,
    suites,
    interop: interopView(results),
    legend: STATUSES.map((s) => ({ ...badge(s), meaning: STATUS_MEANING[s] }))
  };
}
var STATUS_MEANING = {
  pass: "the registry does what the spec asks",
  fail: "a MUST is broken",
  warn: "a SHOULD is broken",
  unsupported: "an optional feature is absent, and the registry says so the way the spec allows",
  skip: "not run: disabled in the config or a precondition failed (the message says which)",
  error: "the harness could not judge: network, credentials or its own bug"
};

// src/report/page-template.ts
var import_runtime = __toESM(require_runtime2(), 1);

// src/report/template-helpers.ts
var HELPERS = {
  eq: (a, b) => a === b,
  inc: (n) => n + 1
};

// src/report/page-template.ts
var handlebars = import_runtime.default.create();
handlebars.registerHelper(HELPERS);
handlebars.registerPartial("styles", handlebars.template({ "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  return ':root {\n  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --soft: #f6f8fa; --head: #0d1b2a;\n  --pass: #1a7f37; --pass-bg: #ffffff;\n  --fail: #b42318; --fail-bg: #ffe9e6;\n  --warn: #8a5300; --warn-bg: #fff3d1;\n  --unsupported: #175cd3; --unsupported-bg: #eaf2ff;\n  --skip: #5b6570; --skip-bg: #f1f3f5;\n  --error: #6b2fc2; --error-bg: #f2eaff;\n  --none: #8c959f;\n  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;\n}\n* { box-sizing: border-box; }\nhtml { -webkit-text-size-adjust: 100%; }\nbody { margin: 0; color: var(--ink); background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }\ncode, pre { font-family: var(--mono); font-size: 12px; }\na { color: #0b57c2; text-decoration: none; }\na:hover { text-decoration: underline; }\n.muted { color: var(--muted); font-weight: normal; }\n[hidden] { display: none !important; }\n\n/* Header */\n.page-header { background: var(--head); color: #e6edf3; padding: 18px 28px 16px; }\n.brand { font: 600 12px/1 var(--mono); letter-spacing: .08em; text-transform: uppercase; color: #8fb3d9; }\n.page-header h1 { margin: 6px 0 12px; font-size: 22px; font-weight: 650; color: #fff; }\n.run-meta { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }\n.run-meta div { display: flex; flex-direction: column; }\n.run-meta dt { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #8fa4ba; }\n.run-meta dd { margin: 0; font-size: 13px; }\n.run-meta code { font-size: 13px; color: #fff; }\n.page-header .muted { color: #a9b8c7; }\n\nmain { padding: 0 28px 40px; }\n.section { margin-top: 26px; }\nh2 { font-size: 17px; margin: 0 0 12px; font-weight: 650; }\n.h2-note { font-size: 13px; margin-left: 8px; }\n.section-note { color: var(--muted); margin: -4px 0 12px; max-width: 90ch; }\n.empty { color: var(--muted); font-style: italic; }\n\n/* Registry overview: one row per registry */\ntable.overview { border-collapse: collapse; width: 100%; font-size: 13px; }\n.overview thead th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; padding: 4px 10px; border-bottom: 2px solid #9aa5b1; }\n.overview th, .overview td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }\n.ov-name { font-weight: normal; min-width: 150px; }\n.reg-name { display: block; font-size: 15px; font-weight: 650; }\n.ov-url { display: block; font-size: 11px; color: var(--muted); overflow-wrap: anywhere; }\n.ov-limits { display: block; margin-top: 3px; font-size: 11.5px; overflow-wrap: anywhere; }\n.ov-limits code { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; font-size: 11px; }\n.ov-error { background: #fffafa; }\n.ov-reason { color: var(--fail); overflow-wrap: anywhere; }\n.to-look { font-size: 12px; font-weight: 600; white-space: nowrap; }\n.small { font-size: 12px; }\n.change { font-weight: 600; white-space: nowrap; }\n.history { display: inline-flex; align-items: flex-end; gap: 2px; height: 22px; }\n.history .run { display: flex; flex-direction: column-reverse; width: 7px; height: 22px; background: var(--soft); border-radius: 1px; overflow: hidden; }\n.seg.s-pass { background: #2da44e; } .seg.s-fail { background: #d92d20; } .seg.s-warn { background: #e3a008; }\n.seg.s-unsupported { background: #5b8def; } .seg.s-skip { background: #b3bac1; } .seg.s-error { background: #8b5cf6; }\n.col-name .np, .reg-name .np, .change-name .np { white-space: nowrap; }\n.reg-status { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; padding: 2px 8px; border-radius: 10px; border: 1px solid; white-space: nowrap; }\n.reg-tested { color: var(--pass); border-color: #a6dcb4; background: #effaf2; }\n.reg-skipped { color: var(--skip); border-color: #cdd3d9; background: var(--skip-bg); }\n.reg-error { color: var(--fail); border-color: #f3b8b0; background: var(--fail-bg); }\n\n/* What changed, needs a look */\n.change-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(340px, 100%), 1fr)); gap: 10px 24px; }\n.change-name, .look-name { margin: 0 0 4px; font-size: 14px; font-weight: 650; }\n.change-group { margin: 4px 0 2px; }\n.change-items, .look-items { list-style: none; margin: 0 0 6px; padding: 0; }\n.change-items li { padding: 1px 0 1px 18px; overflow-wrap: anywhere; }\n.look-registry { margin-bottom: 14px; }\n.look-item { padding: 4px 8px; border-left: 3px solid var(--line); margin-bottom: 2px; background: var(--soft); overflow-wrap: anywhere; }\n.look-item.s-fail { border-left-color: var(--fail); } .look-item.s-warn { border-left-color: #e3a008; } .look-item.s-error { border-left-color: #8b5cf6; }\n.look-item > a { color: inherit; }\n.look-id { font-size: 12px; }\n.look-title { color: var(--ink); }\n.look-message { display: block; color: var(--muted); font-size: 12px; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }\n.change-tag { font-size: 10.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #fff; background: var(--fail); border-radius: 3px; padding: 0 4px; }\n.look-reason { margin: 0 0 6px; overflow-wrap: anywhere; }\n.counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }\n.count strong { color: var(--ink); }\n.answer { text-transform: uppercase; font-size: 12px; letter-spacing: .04em; padding: 1px 6px; border-radius: 4px; }\n.answer-yes { color: var(--pass); background: #e6f6ea; } .answer-no { color: var(--fail); background: var(--fail-bg); }\n.categories { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }\n.category { font-size: 11.5px; border: 1px solid var(--line); border-radius: 4px; padding: 1px 6px; }\n.category .support { font-weight: 600; }\n.support-full { border-color: #a6dcb4; } .support-full .support { color: var(--pass); }\n.support-partial { border-color: #f0c36b; background: #fffaeb; } .support-partial .support { color: var(--warn); }\n.support-absent { border-color: #b9cdf5; background: #f5f8ff; } .support-absent .support { color: var(--unsupported); }\n.support-not-tested .support { color: var(--skip); }\n\n.skipped-list { margin-top: 12px; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; background: var(--soft); }\n.skipped-list > summary { cursor: pointer; font-weight: 600; }\n.skipped-list table { margin-top: 8px; background: #fff; }\ntable.plain { border-collapse: collapse; width: 100%; font-size: 13px; }\ntable.plain th, table.plain td { text-align: left; vertical-align: top; padding: 5px 10px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }\ntable.plain thead th { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }\n\n/* Toolbar */\n.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 18px; margin: 0 0 10px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); font-size: 13px; }\n.field { display: inline-flex; align-items: center; gap: 6px; color: var(--muted); }\n.field select, .field input { font: inherit; color: var(--ink); padding: 3px 6px; border: 1px solid #c4ccd4; border-radius: 5px; background: #fff; }\n.field input { width: 200px; }\n.shown { margin-left: auto; color: var(--muted); }\n\n/* Matrix: its own scroll box, so only the matrix scrolls sideways and its sticky header and\n   check column stay inside it */\n.scroll-x { overflow: auto; max-width: 100%; max-height: calc(100vh - 40px); border: 1px solid var(--line); border-radius: 6px; }\n.scroll-x > table.matrix { border-left: 0; border-top: 0; }\ntable.matrix { border-collapse: separate; border-spacing: 0; font-size: 13px; border-left: 1px solid var(--line); border-top: 1px solid var(--line); }\n.matrix th, .matrix td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: 0; text-align: left; vertical-align: middle; }\n.matrix thead th { position: sticky; top: 0; z-index: 3; background: #fff; border-bottom: 2px solid #9aa5b1; padding: 8px 10px; font-size: 13px; font-weight: 650; white-space: nowrap; }\n.matrix thead th.corner { left: 0; z-index: 4; color: var(--muted); font-weight: 600; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; vertical-align: bottom; }\n.matrix .reg-col { width: 150px; min-width: 150px; max-width: 190px; white-space: normal; vertical-align: bottom; }\n.col-name { display: block; }\n.col-counts { display: flex; flex-wrap: wrap; gap: 0 8px; margin-top: 2px; font-size: 11.5px; font-weight: 600; }\n.mini { white-space: nowrap; }\n.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }\n.matrix th.check { position: sticky; left: 0; z-index: 2; background: #fff; font-weight: normal; padding: 6px 12px 6px 10px; width: 560px; min-width: 360px; max-width: 620px; }\n.matrix tr:hover th.check, .matrix tr:hover td.cell { box-shadow: inset 0 0 0 999px rgba(13, 27, 42, .035); }\n.suite-row th { position: sticky; left: 0; background: #eef1f4; padding: 6px 10px; border-bottom: 1px solid #c9d1d9; text-align: left; }\n.suite-name { font-weight: 700; text-transform: uppercase; letter-spacing: .07em; font-size: 12px; margin-right: 6px; }\n.suite-row .muted { font-size: 12px; }\n.check-title { line-height: 1.35; }\n.check-meta { margin-top: 2px; font-size: 11.5px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: baseline; }\n.check-id { font-size: 11.5px; color: #3d4751; }\n.spec-version { color: var(--muted); }\n.level { display: inline-block; width: 58px; text-align: center; font: 700 10px/16px system-ui, sans-serif; letter-spacing: .05em; border-radius: 3px; margin-right: 4px; vertical-align: 1px; }\n.level-MUST { background: #ffe4e0; color: #9f1a10; } .level-SHOULD { background: #fff0c2; color: #7a4a00; } .level-MAY { background: #e8edf2; color: #4b5661; }\n\n/* Cells */\ntd.cell { min-width: 150px; }\ntd.s-pass .badge { font-weight: 500; }\ntd.cell > .badge, td.cell > details > summary { display: flex; align-items: center; gap: 5px; min-height: 100%; padding: 8px 10px; white-space: nowrap; }\n.badge { font-weight: 600; }\n.sym { display: inline-block; width: 1.1em; text-align: center; }\ntd.cell > details > summary { cursor: pointer; list-style: none; flex-wrap: wrap; row-gap: 2px; }\ntd.cell > details > summary .expected-tag { flex-basis: auto; margin-left: calc(1.1em + 5px); }\ntd.cell > details > summary::-webkit-details-marker { display: none; }\ntd.cell > details > summary:focus-visible { outline: 2px solid #0b57c2; outline-offset: -2px; }\n.s-pass { color: var(--pass); } .s-fail { color: var(--fail); } .s-warn { color: var(--warn); }\n.s-unsupported { color: var(--unsupported); } .s-skip { color: var(--skip); } .s-error { color: var(--error); } .s-none { color: var(--none); }\ntd.s-fail { background: var(--fail-bg); } td.s-warn { background: var(--warn-bg); } td.s-error { background: var(--error-bg); }\ntd.s-unsupported { background: var(--unsupported-bg); } td.s-skip { background: var(--skip-bg); }\ntd.s-none .word { font-weight: normal; font-style: italic; }\ntd.cell.expected { background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.65) 0 5px, transparent 5px 10px); }\n.expected-tag { display: inline-block; font-size: 10.5px; font-weight: 600; color: #4b5661; background: #fff; border: 1px dashed #8c959f; border-radius: 3px; padding: 0 4px; white-space: nowrap; }\ntd.cell.selected { outline: 2px solid #0b57c2; outline-offset: -2px; }\ntd.self { background: repeating-linear-gradient(135deg, #f6f8fa 0 6px, #fff 6px 12px); padding: 8px 10px; font-size: 12px; }\n.badge.pair { flex-direction: column; align-items: flex-start; gap: 1px; }\n.pair-count { white-space: nowrap; }\n.pair-count.s-pass { font-weight: 500; }\n\n/* Result details: inline below the badge without JS, in the side inspector with it */\n.result-body { padding: 10px 12px 12px; border-top: 1px solid var(--line); background: #fff; white-space: normal; width: min(720px, 80vw); font-size: 13px; }\n.result-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 0 0 6px; }\n.result-head .badge { padding: 1px 8px; border-radius: 10px; border: 1px solid currentColor; font-size: 12.5px; }\n.result-where { color: var(--muted); overflow-wrap: anywhere; }\n.result-check { margin: 0 0 2px; font-weight: 600; }\n.result-spec { margin: 0 0 8px; font-size: 12px; }\n.message { margin: 0 0 8px; padding: 8px 10px; background: var(--soft); border-left: 3px solid #9aa5b1; border-radius: 3px; white-space: pre-wrap; overflow-wrap: anywhere; }\n.s-fail .message, .inspector .s-fail ~ .message { border-left-color: var(--fail); }\n.result-facts { margin: 0 0 8px; font-size: 12px; }\n.copy { padding: 6px 0; border-bottom: 1px solid var(--line); }\n.copy-evidence > summary { cursor: pointer; font-size: 12px; color: var(--muted); }\n\n/* HTTP exchanges */\n.ex-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; padding: 3px 8px; margin: 2px 0; font: 11.5px/1.4 var(--mono); border-left: 2px solid var(--line); }\n.ex-line .ex-error { padding: 0 4px; }\n.exchange { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; overflow: hidden; font-size: 12px; }\n.ex-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; padding: 6px 8px; background: var(--soft); border-bottom: 1px solid var(--line); font-family: var(--mono); }\n.ex-n { color: var(--muted); font-size: 11px; }\n.ex-method { font-weight: 700; }\n.ex-url { flex: 1 1 260px; overflow-wrap: anywhere; word-break: break-all; }\n.ex-status { font-weight: 700; padding: 0 6px; border-radius: 3px; }\n.http-2xx { color: var(--pass); background: #e6f6ea; } .http-3xx { color: var(--unsupported); background: #eaf2ff; }\n.http-4xx { color: var(--warn); background: #fff3d1; } .http-5xx, .http-none { color: var(--fail); background: var(--fail-bg); }\n.ex-ms { color: var(--muted); font-size: 11px; }\n.ex-error { margin: 0; padding: 6px 8px; color: var(--fail); background: var(--fail-bg); font-family: var(--mono); overflow-wrap: anywhere; }\n.ex-part { padding: 6px 8px; }\n.ex-part + .ex-part { border-top: 1px dashed var(--line); }\n.ex-label { font-size: 10.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin-bottom: 2px; }\n.hdrs { margin: 0; font-size: 11.5px; line-height: 1.5; white-space: pre-wrap; word-break: break-all; }\n.hdrs b { font-weight: normal; color: #57606a; }\npre.body { margin: 6px 0 0; padding: 6px 8px; max-height: 260px; overflow: auto; background: #0d1b2a; color: #e6edf3; border-radius: 4px; white-space: pre-wrap; word-break: break-all; font-size: 11.5px; }\n\n/* Inspector (side panel, with JS) */\n.inspector { position: fixed; top: 0; right: 0; bottom: 0; width: min(640px, 94vw); z-index: 10; background: #fff; border-left: 1px solid #9aa5b1; box-shadow: -8px 0 24px rgba(13,27,42,.14); display: flex; flex-direction: column; }\n.inspector-bar { display: flex; align-items: center; justify-content: space-between; padding: 8px 14px; border-bottom: 1px solid var(--line); background: var(--soft); }\n.inspector-title { font-weight: 650; }\n.inspector-close { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid #c4ccd4; border-radius: 5px; background: #fff; cursor: pointer; }\n.inspector-content { overflow: auto; padding: 12px 16px 24px; }\n.inspector-content .result-body { width: auto; padding: 0; border: 0; }\n\n/* With the panel open on a wide screen the page makes room for it instead of hiding behind it. */\n@media (min-width: 1100px) {\n  body.inspecting { margin-right: 640px; }\n  body.inspecting .matrix th.check { width: 340px; min-width: 300px; }\n}\n\n/* Legend */\n.legend { border-top: 1px solid var(--line); padding-top: 18px; margin-top: 34px; font-size: 13px; }\n.legend h2 { font-size: 15px; }\n.legend-list { list-style: none; margin: 0 0 10px; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(440px, 100%), 1fr)); gap: 6px 28px; }\n.legend-list li { display: flex; align-items: baseline; gap: 10px; }\n.legend-list li > :first-child { flex: 0 0 150px; }\n.legend p { max-width: 110ch; }\n\n/* Phone width: the page itself never scrolls sideways; the matrix scrolls in its box, with a\n   narrow sticky check column (title and id only) so the result cells stay visible and clickable. */\n@media (max-width: 700px) {\n  .page-header { padding: 12px 14px; }\n  .page-header h1 { font-size: 18px; }\n  .run-meta { gap: 6px 16px; }\n  main { padding: 0 12px 32px; }\n  .run-meta code { overflow-wrap: anywhere; }\n  table.overview, .overview tbody, .overview tr, .overview th, .overview td { display: block; width: 100%; }\n  .overview thead { display: none; }\n  .overview tr { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 10px; padding: 4px 0; }\n  .overview th, .overview td { border: 0; padding: 4px 10px; }\n  .overview td[data-label]::before { content: attr(data-label); display: block; font-size: 10.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }\n  .toolbar { padding: 8px; }\n  .field input { width: 100%; }\n  .shown { margin-left: 0; }\n  .matrix th.check { width: 40vw; min-width: 40vw; max-width: 40vw; padding: 4px 6px; font-size: 12px; }\n  .matrix th.check .level { width: auto; padding: 0 3px; }\n  .check-meta .spec-link, .check-meta .spec-version { display: none; }\n  .check-id { overflow-wrap: anywhere; font-size: 10.5px; }\n  .matrix .reg-col { width: 100px; min-width: 100px; max-width: 120px; padding: 6px; font-size: 12px; }\n  td.cell { min-width: 100px; max-width: 120px; }\n  td.cell > .badge, td.cell > details > summary { padding: 6px; white-space: normal; }\n  .matrix thead th.corner { font-size: 10px; }\n  .legend-list li { flex-direction: column; gap: 2px; }\n  .legend-list li > :first-child { flex: none; }\n  table.plain, table.plain tbody, table.plain tr, table.plain th, table.plain td { display: block; }\n  table.plain thead { display: none; }\n}\n\n@media print {\n  .toolbar, .inspector { display: none !important; }\n  .matrix thead th, .matrix th.check { position: static; }\n  .scroll-x { overflow: visible; max-height: none; }\n}\n';
}, "useData": true }));
handlebars.registerPartial("script", handlebars.template({ "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  return `// Progressive enhancement: filters and a side panel for details. Without script the page
// still works: every cell is a <details> element that opens in place.
(function () {
  'use strict';
  var matrix = document.getElementById('matrix');
  var toolbar = document.getElementById('toolbar');
  var inspector = document.getElementById('inspector');
  var content = inspector.querySelector('.inspector-content');
  var selected = null;

  function applyFilters() {
    var view = document.getElementById('filter-view').value;
    var suite = document.getElementById('filter-suite').value;
    var text = document.getElementById('filter-text').value.trim().toLowerCase();
    var shown = 0, total = 0;
    matrix.querySelectorAll('tbody.suite').forEach(function (group) {
      var visible = 0;
      group.querySelectorAll('tr.check-row').forEach(function (row) {
        var findings = row.getAttribute('data-findings');
        var keep = (!suite || row.getAttribute('data-suite') === suite) &&
          (!text || row.getAttribute('data-search').indexOf(text) !== -1) &&
          (view === 'all' || (view === 'findings' && findings !== '') ||
            (view === 'problems' && /\\b(fail|warn|error)\\b/.test(findings)));
        row.hidden = !keep;
        total++;
        if (keep) { visible++; shown++; }
      });
      group.hidden = visible === 0;
    });
    document.getElementById('shown-count').textContent = shown === total ? total + ' checks' : shown + ' of ' + total + ' checks shown';
    document.getElementById('no-rows').hidden = shown !== 0;
  }

  function openCell(cell) {
    var body = cell.querySelector('.result-body');
    if (!body) return;
    if (selected) selected.classList.remove('selected');
    selected = cell;
    cell.classList.add('selected');
    content.textContent = '';
    content.appendChild(body.cloneNode(true));
    inspector.hidden = false;
    document.body.classList.add('inspecting');
    content.scrollTop = 0;
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (cell.id && history.replaceState) history.replaceState(null, '', '#' + cell.id);
  }

  function closeInspector() {
    inspector.hidden = true;
    document.body.classList.remove('inspecting');
    if (selected) { selected.classList.remove('selected'); selected.querySelector('summary').focus(); }
    selected = null;
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
  }

  // Links from "What changed" and "Needs a look" open the cell they name, showing its row first
  // if the filters hid it.
  function openLinked(cell) {
    var row = cell.closest('tr');
    if (matrix && row && row.hidden) {
      document.getElementById('filter-view').value = 'all';
      document.getElementById('filter-suite').value = '';
      document.getElementById('filter-text').value = '';
      applyFilters();
    }
    openCell(cell);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.to-cell');
    if (link) {
      var target = document.getElementById(link.getAttribute('href').slice(1));
      if (target && target.classList.contains('cell')) {
        event.preventDefault();
        openLinked(target);
        target.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      return;
    }
    var summary = event.target.closest('td.cell > details > summary');
    if (!summary) return;
    event.preventDefault();
    var cell = summary.parentElement.parentElement;
    if (cell === selected && !inspector.hidden) closeInspector(); else openCell(cell);
  });
  inspector.querySelector('.inspector-close').addEventListener('click', closeInspector);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !inspector.hidden) closeInspector();
  });

  if (matrix) {
    toolbar.hidden = false;
    ['filter-view', 'filter-suite', 'filter-text'].forEach(function (id) {
      document.getElementById(id).addEventListener('input', applyFilters);
    });
    applyFilters();
  }
  var linked = location.hash && /^#[a-z0-9-]+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
  if (linked && linked.classList.contains('cell')) { openCell(linked); linked.scrollIntoView({ block: 'center' }); }
})();
`;
}, "useData": true }));
handlebars.registerPartial("cell", handlebars.template({ "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<td class="cell s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 18 }, "end": { "line": 2, "column": 28 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expected") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 28 }, "end": { "line": 2, "column": 60 } } })) != null ? stack1 : "") + '" id="' + alias4((helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 66 }, "end": { "line": 2, "column": 72 } } }) : helper)) + '">\n  <details class="result">\n    <summary class="badge"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 64 }, "end": { "line": 4, "column": 74 } } }) : helper)) + '</span> <span class="word">' + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 101 }, "end": { "line": 4, "column": 109 } } }) : helper)) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expected") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 116 }, "end": { "line": 4, "column": 196 } } })) != null ? stack1 : "") + '</summary>\n    <div class="result-body">\n      <div class="result-head">\n        <span class="badge s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 29 }, "end": { "line": 7, "column": 39 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 78 }, "end": { "line": 7, "column": 88 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 96 }, "end": { "line": 7, "column": 104 } } }) : helper)) + "</span>\n        " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expected") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 8 }, "end": { "line": 8, "column": 87 } } })) != null ? stack1 : "") + '\n        <span class="result-where"><strong>' + alias4((helper = (helper = lookupProperty(helpers, "registry") || (depth0 != null ? lookupProperty(depth0, "registry") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "registry", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 43 }, "end": { "line": 9, "column": 55 } } }) : helper)) + "</strong> · <code>" + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) + '</code></span>\n      </div>\n      <p class="result-check"><span class="level level-' + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "level") : stack1, depth0)) + '">' + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "level") : stack1, depth0)) + "</span> " + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) + '</p>\n      <p class="result-spec">' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "specUrl") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.program(5, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 12, "column": 29 }, "end": { "line": 12, "column": 175 } } })) != null ? stack1 : "") + ' <span class="muted">' + alias4(alias5((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "spec") : stack1) != null ? lookupProperty(stack1, "version") : stack1, depth0)) + '</span></p>\n      <p class="message">' + alias4((helper = (helper = lookupProperty(helpers, "message") || (depth0 != null ? lookupProperty(depth0, "message") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 25 }, "end": { "line": 13, "column": 36 } } }) : helper)) + '</p>\n      <p class="muted result-facts">' + alias4((helper = (helper = lookupProperty(helpers, "durationText") || (depth0 != null ? lookupProperty(depth0, "durationText") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "durationText", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 36 }, "end": { "line": 14, "column": 52 } } }) : helper)) + " · " + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "evidence") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " HTTP " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "evidence") : depth0) != null ? lookupProperty(stack1, "length") : stack1, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 86 }, "end": { "line": 14, "column": 108 } } }), { "name": "if", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.program(7, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 14, "column": 80 }, "end": { "line": 14, "column": 142 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "evidenceNote") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 142 }, "end": { "line": 14, "column": 188 } } })) != null ? stack1 : "") + "</p>\n      " + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "evidence") : depth0, { "name": "each", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 6 }, "end": { "line": 15, "column": 92 } } })) != null ? stack1 : "") + "\n    </div>\n  </details>\n</td>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  return " expected";
}, "2": function(container, depth0, helpers, partials, data) {
  return ' <span class="expected-tag">expected (known limit)</span>';
}, "3": function(container, depth0, helpers, partials, data) {
  return '<span class="expected-tag">expected (known limit)</span>';
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="' + alias1((helper = (helper = lookupProperty(helpers, "specUrl") || (depth0 != null ? lookupProperty(depth0, "specUrl") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "specUrl", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 53 }, "end": { "line": 12, "column": 64 } } }) : helper)) + '" target="_blank" rel="noopener noreferrer">§ ' + alias1(container.lambda((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "spec") : stack1) != null ? lookupProperty(stack1, "section") : stack1, depth0)) + "</a>";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "§ " + container.escapeExpression(container.lambda((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "spec") : stack1) != null ? lookupProperty(stack1, "section") : stack1, depth0));
}, "6": function(container, depth0, helpers, partials, data) {
  return "exchange";
}, "7": function(container, depth0, helpers, partials, data) {
  return "exchanges";
}, "8": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " (" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "evidenceNote") || (depth0 != null ? lookupProperty(depth0, "evidenceNote") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "evidenceNote", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 164 }, "end": { "line": 14, "column": 180 } } }) : helper)) + ")";
}, "9": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "exchange"), depth0, { "name": "exchange", "hash": { "total": (stack1 = depths[1] != null ? lookupProperty(depths[1], "evidence") : depths[1]) != null ? lookupProperty(stack1, "length") : stack1, "number": (lookupProperty(helpers, "inc") || depth0 && lookupProperty(depth0, "inc") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "index"), { "name": "inc", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 44 }, "end": { "line": 15, "column": 56 } } }) }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "10": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<td class="cell s-none" id="' + alias4((helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 28 }, "end": { "line": 20, "column": 34 } } }) : helper)) + '"><span class="badge"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 93 }, "end": { "line": 20, "column": 103 } } }) : helper)) + '</span> <span class="word">' + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 130 }, "end": { "line": 20, "column": 138 } } }) : helper)) + "</span></span></td>\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "ran") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.program(10, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "";
}, "usePartial": true, "useData": true, "useDepths": true }));
handlebars.registerPartial("changes", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <div class="change-list">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "registries") : stack1, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 4 }, "end": { "line": 15, "column": 13 } } })) != null ? stack1 : "") + "  </div>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '    <div class="change-registry">\n      <h3 class="change-name">' + ((stack1 = container.invokePartial(lookupProperty(partials, "name"), depth0, { "name": "name", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</h3>\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "groups") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 6 }, "end": { "line": 13, "column": 15 } } })) != null ? stack1 : "") + "    </div>\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '      <p class="change-group"><span class="badge s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 51 }, "end": { "line": 9, "column": 61 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 100 }, "end": { "line": 9, "column": 110 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "kind") || (depth0 != null ? lookupProperty(depth0, "kind") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 118 }, "end": { "line": 9, "column": 126 } } }) : helper)) + '</span> <span class="muted">' + alias4(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "items") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + '</span></p>\n      <ul class="change-items">\n        ' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "items") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 8 }, "end": { "line": 11, "column": 193 } } })) != null ? stack1 : "") + "\n      </ul>\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<li>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "cellId") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.program(5, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 27 }, "end": { "line": 11, "column": 142 } } })) != null ? stack1 : "") + ' <span class="muted">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 163 }, "end": { "line": 11, "column": 172 } } }) : helper)) + "</span></li>";
}, "4": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a class="to-cell" href="#' + alias4((helper = (helper = lookupProperty(helpers, "cellId") || (depth0 != null ? lookupProperty(depth0, "cellId") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "cellId", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 67 }, "end": { "line": 11, "column": 77 } } }) : helper)) + '"><code>' + alias4((helper = (helper = lookupProperty(helpers, "label") || (depth0 != null ? lookupProperty(depth0, "label") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 85 }, "end": { "line": 11, "column": 94 } } }) : helper)) + "</code></a>";
}, "5": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<code>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "label") || (depth0 != null ? lookupProperty(depth0, "label") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 119 }, "end": { "line": 11, "column": 128 } } }) : helper)) + "</code>";
}, "6": function(container, depth0, helpers, partials, data) {
  return '  <p class="empty">No check changed to fail, error or pass.</p>\n';
}, "7": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="muted small">Not in the baseline (nothing to compare): ' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "notCompared") : stack1, { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 101 }, "end": { "line": 20, "column": 177 } } })) != null ? stack1 : "") + "</p>";
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression(container.lambda(depth0, depth0)) + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 138 }, "end": { "line": 20, "column": 168 } } })) != null ? stack1 : "");
}, "9": function(container, depth0, helpers, partials, data) {
  return ", ";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="changes" class="section">\n  <h2>What changed <span class="muted h2-note">since run <code>' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "baselineRun") : stack1, depth0)) + "</code> (" + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "baselineText") : stack1, depth0)) + ")</span></h2>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "registries") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 2 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "") + "  " + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "notCompared") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 2 }, "end": { "line": 20, "column": 188 } } })) != null ? stack1 : "") + "\n</section>\n";
}, "usePartial": true, "useData": true }));
handlebars.registerPartial("exchange", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<div class="ex-line"><span class="ex-n">' + alias4((helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 56 }, "end": { "line": 1, "column": 66 } } }) : helper)) + "/" + alias4((helper = (helper = lookupProperty(helpers, "total") || (depth0 != null ? lookupProperty(depth0, "total") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 67 }, "end": { "line": 1, "column": 76 } } }) : helper)) + "</span> <b>" + alias4((helper = (helper = lookupProperty(helpers, "method") || (depth0 != null ? lookupProperty(depth0, "method") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "method", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 87 }, "end": { "line": 1, "column": 97 } } }) : helper)) + '</b> <span class="ex-url">' + alias4((helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 123 }, "end": { "line": 1, "column": 130 } } }) : helper)) + '</span> <span class="ex-status ' + alias4((helper = (helper = lookupProperty(helpers, "statusClass") || (depth0 != null ? lookupProperty(depth0, "statusClass") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "statusClass", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 161 }, "end": { "line": 1, "column": 176 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "statusText") || (depth0 != null ? lookupProperty(depth0, "statusText") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "statusText", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 178 }, "end": { "line": 1, "column": 192 } } }) : helper)) + '</span> <span class="ex-ms">' + alias4((helper = (helper = lookupProperty(helpers, "durationText") || (depth0 != null ? lookupProperty(depth0, "durationText") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "durationText", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 220 }, "end": { "line": 1, "column": 236 } } }) : helper)) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "error") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 243 }, "end": { "line": 1, "column": 303 } } })) != null ? stack1 : "") + "</div>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ' <span class="ex-error">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "error") || (depth0 != null ? lookupProperty(depth0, "error") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "error", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 280 }, "end": { "line": 1, "column": 289 } } }) : helper)) + "</span>";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section class="exchange">\n  <div class="ex-head"><span class="ex-n">' + alias4((helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 42 }, "end": { "line": 3, "column": 52 } } }) : helper)) + "/" + alias4((helper = (helper = lookupProperty(helpers, "total") || (depth0 != null ? lookupProperty(depth0, "total") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 53 }, "end": { "line": 3, "column": 62 } } }) : helper)) + '</span> <span class="ex-method">' + alias4((helper = (helper = lookupProperty(helpers, "method") || (depth0 != null ? lookupProperty(depth0, "method") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "method", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 94 }, "end": { "line": 3, "column": 104 } } }) : helper)) + '</span> <span class="ex-url">' + alias4((helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 133 }, "end": { "line": 3, "column": 140 } } }) : helper)) + '</span> <span class="ex-status ' + alias4((helper = (helper = lookupProperty(helpers, "statusClass") || (depth0 != null ? lookupProperty(depth0, "statusClass") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "statusClass", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 171 }, "end": { "line": 3, "column": 186 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "statusText") || (depth0 != null ? lookupProperty(depth0, "statusText") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "statusText", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 188 }, "end": { "line": 3, "column": 202 } } }) : helper)) + '</span> <span class="ex-ms">' + alias4((helper = (helper = lookupProperty(helpers, "durationText") || (depth0 != null ? lookupProperty(depth0, "durationText") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "durationText", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 230 }, "end": { "line": 3, "column": 246 } } }) : helper)) + "</span></div>\n  " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "error") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 62 } } })) != null ? stack1 : "") + '\n  <div class="ex-part">\n    <div class="ex-label">Request</div>\n    ' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "requestHeaders") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 8, "column": 74 } } })) != null ? stack1 : "") + "\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "requestBody") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 4 }, "end": { "line": 9, "column": 69 } } })) != null ? stack1 : "") + '\n  </div>\n  <div class="ex-part">\n    <div class="ex-label">Response</div>\n    ' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "responseHeaders") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 4 }, "end": { "line": 14, "column": 74 } } })) != null ? stack1 : "") + "\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "responseBody") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 71 } } })) != null ? stack1 : "") + "\n  </div>\n</section>\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="ex-error">Error: ' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "error") || (depth0 != null ? lookupProperty(depth0, "error") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "error", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 42 }, "end": { "line": 4, "column": 51 } } }) : helper)) + "</p>";
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<pre class="hdrs">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "requestHeaders") : depth0, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 51 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "") + "</pre>";
}, "5": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<b>" + alias4((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 78 }, "end": { "line": 7, "column": 86 } } }) : helper)) + ":</b> " + alias4((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 92 }, "end": { "line": 7, "column": 101 } } }) : helper)) + "\n";
}, "6": function(container, depth0, helpers, partials, data) {
  return '<div class="muted">no headers recorded</div>';
}, "7": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<pre class="body">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "requestBody") || (depth0 != null ? lookupProperty(depth0, "requestBody") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "requestBody", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 41 }, "end": { "line": 9, "column": 56 } } }) : helper)) + "</pre>";
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<pre class="hdrs">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "responseHeaders") : depth0, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 52 }, "end": { "line": 14, "column": 9 } } })) != null ? stack1 : "") + "</pre>";
}, "9": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<pre class="body">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "responseBody") || (depth0 != null ? lookupProperty(depth0, "responseBody") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "responseBody", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 42 }, "end": { "line": 15, "column": 58 } } }) : helper)) + "</pre>";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "lineOnly") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true }));
handlebars.registerPartial("header", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ' <span class="muted">(' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "runDuration") || (depth0 != null ? lookupProperty(depth0, "runDuration") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "runDuration", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 130 }, "end": { "line": 8, "column": 145 } } }) : helper)) + ")</span>";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, alias4 = container.hooks.helperMissing, alias5 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<header class="page-header">\n  <div class="brand">oci-matrix</div>\n  <h1>OCI Distribution conformance matrix</h1>\n  <dl class="run-meta">\n    <div><dt>Run</dt><dd><code>' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) + "</code></dd></div>\n    <div><dt>Spec version</dt><dd>" + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "specVersion") : stack1, depth0)) + '</dd></div>\n    <div><dt>Started</dt><dd><time datetime="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "startedAt") : stack1, depth0)) + '">' + alias2((helper = (helper = lookupProperty(helpers, "startedText") || (depth0 != null ? lookupProperty(depth0, "startedText") : depth0)) != null ? helper : alias4, typeof helper === alias5 ? helper.call(alias3, { "name": "startedText", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 64 }, "end": { "line": 7, "column": 79 } } }) : helper)) + '</time></dd></div>\n    <div><dt>Finished</dt><dd><time datetime="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "finishedAt") : stack1, depth0)) + '">' + alias2((helper = (helper = lookupProperty(helpers, "finishedText") || (depth0 != null ? lookupProperty(depth0, "finishedText") : depth0)) != null ? helper : alias4, typeof helper === alias5 ? helper.call(alias3, { "name": "finishedText", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 66 }, "end": { "line": 8, "column": 82 } } }) : helper)) + "</time>" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "runDuration") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 89 }, "end": { "line": 8, "column": 160 } } })) != null ? stack1 : "") + "</dd></div>\n    <div><dt>Tool</dt><dd>" + alias2(alias1((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "tool") : stack1) != null ? lookupProperty(stack1, "name") : stack1, depth0)) + " " + alias2(alias1((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "tool") : stack1) != null ? lookupProperty(stack1, "version") : stack1, depth0)) + "</dd></div>\n  </dl>\n</header>\n";
}, "useData": true }));
handlebars.registerPartial("interop", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<th class="reg-col" scope="col"><span class="col-name">' + ((stack1 = container.invokePartial(lookupProperty(partials, "name"), depth0, { "name": "name", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</span></th>";
}, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '      <tr><th class="check" scope="row">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "source") || (depth0 != null ? lookupProperty(depth0, "source") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "source", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 40 }, "end": { "line": 9, "column": 50 } } }) : helper)) + "</th>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "cells") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 6 }, "end": { "line": 28, "column": 15 } } })) != null ? stack1 : "") + "      </tr>\n";
}, "2": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "        " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "self") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.program(4, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 11, "column": 8 }, "end": { "line": 27, "column": 15 } } })) != null ? stack1 : "");
}, "3": function(container, depth0, helpers, partials, data) {
  return '<td class="cell self"><span class="muted">same registry</span></td>\n        ';
}, "4": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "empty") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.program(6, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 12, "column": 8 }, "end": { "line": 27, "column": 8 } } })) != null ? stack1 : "";
}, "5": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<td class="cell s-none"><span class="badge"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 106 }, "end": { "line": 12, "column": 116 } } }) : helper)) + '</span> <span class="word">' + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 143 }, "end": { "line": 12, "column": 151 } } }) : helper)) + "</span></span></td>\n        ";
}, "6": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<td class="cell s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 34 }, "end": { "line": 13, "column": 44 } } }) : helper)) + '" id="' + alias4((helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 50 }, "end": { "line": 13, "column": 56 } } }) : helper)) + '"><details class="result">\n          <summary class="badge pair">' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "counts") : depth0, { "name": "each", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 38 }, "end": { "line": 14, "column": 207 } } })) != null ? stack1 : "") + '</summary>\n          <div class="result-body">\n            <p class="result-check">' + alias4(alias5(depths[1] != null ? lookupProperty(depths[1], "source") : depths[1], depth0)) + " → " + alias4((helper = (helper = lookupProperty(helpers, "destination") || (depth0 != null ? lookupProperty(depth0, "destination") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "destination", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 52 }, "end": { "line": 16, "column": 67 } } }) : helper)) + ": " + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "copies") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "copies") : depth0) != null ? lookupProperty(stack1, "length") : stack1, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 93 }, "end": { "line": 16, "column": 113 } } }), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.program(9, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 16, "column": 87 }, "end": { "line": 16, "column": 140 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "copies") : depth0, { "name": "each", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 12 }, "end": { "line": 24, "column": 21 } } })) != null ? stack1 : "") + "          </div>\n        </details></td>\n        ";
}, "7": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="pair-count s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 80 }, "end": { "line": 14, "column": 90 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 129 }, "end": { "line": 14, "column": 139 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 147 }, "end": { "line": 14, "column": 156 } } }) : helper)) + ' <span class="word">' + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 176 }, "end": { "line": 14, "column": 184 } } }) : helper)) + "</span></span>";
}, "8": function(container, depth0, helpers, partials, data) {
  return "copy";
}, "9": function(container, depth0, helpers, partials, data) {
  return "copies";
}, "10": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '            <div class="copy">\n              <p class="result-head"><span class="badge s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 58 }, "end": { "line": 19, "column": 68 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 107 }, "end": { "line": 19, "column": 117 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 125 }, "end": { "line": 19, "column": 133 } } }) : helper)) + "</span> <strong>" + alias4((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 149 }, "end": { "line": 19, "column": 158 } } }) : helper)) + '</strong> <span class="muted">' + alias4((helper = (helper = lookupProperty(helpers, "durationText") || (depth0 != null ? lookupProperty(depth0, "durationText") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "durationText", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 188 }, "end": { "line": 19, "column": 204 } } }) : helper)) + '</span></p>\n              <p class="message">' + alias4((helper = (helper = lookupProperty(helpers, "message") || (depth0 != null ? lookupProperty(depth0, "message") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 33 }, "end": { "line": 20, "column": 44 } } }) : helper)) + "</p>\n              " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "cause") : depth0, { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 14 }, "end": { "line": 21, "column": 75 } } })) != null ? stack1 : "") + "\n              " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "evidence") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 14 }, "end": { "line": 22, "column": 323 } } })) != null ? stack1 : "") + "\n            </div>\n";
}, "11": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="copy-cause muted">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "cause") || (depth0 != null ? lookupProperty(depth0, "cause") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "cause", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 55 }, "end": { "line": 21, "column": 64 } } }) : helper)) + "</p>";
}, "12": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<details class="copy-evidence"><summary>' + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "evidence") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " HTTP " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || container.hooks.helperMissing).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "evidence") : depth0) != null ? lookupProperty(stack1, "length") : stack1, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 108 }, "end": { "line": 22, "column": 130 } } }), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.program(14, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 22, "column": 102 }, "end": { "line": 22, "column": 164 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "evidenceNote") : depth0, { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 164 }, "end": { "line": 22, "column": 210 } } })) != null ? stack1 : "") + "</summary>" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "evidence") : depth0, { "name": "each", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 220 }, "end": { "line": 22, "column": 306 } } })) != null ? stack1 : "") + "</details>";
}, "13": function(container, depth0, helpers, partials, data) {
  return "exchange";
}, "14": function(container, depth0, helpers, partials, data) {
  return "exchanges";
}, "15": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " (" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "evidenceNote") || (depth0 != null ? lookupProperty(depth0, "evidenceNote") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "evidenceNote", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 186 }, "end": { "line": 22, "column": 202 } } }) : helper)) + ")";
}, "16": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "exchange"), depth0, { "name": "exchange", "hash": { "total": (stack1 = depths[1] != null ? lookupProperty(depths[1], "evidence") : depths[1]) != null ? lookupProperty(stack1, "length") : stack1, "number": (lookupProperty(helpers, "inc") || depth0 && lookupProperty(depth0, "inc") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "index"), { "name": "inc", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 258 }, "end": { "line": 22, "column": 270 } } }) }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="interop" class="section">\n  <h2>Interop <span class="muted h2-note">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "interop") : depth0) != null ? lookupProperty(stack1, "passed") : stack1, depth0)) + " of " + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "interop") : depth0) != null ? lookupProperty(stack1, "total") : stack1, depth0)) + ` copies verified byte for byte</span></h2>
  <p class="section-note">Each artifact kind one registry stored was copied to every other registry (blobs streamed) and verified byte for byte at the destination (the source's bytes are hashed on the way, so a failed copy names the end it went wrong at). Rows are sources, columns destinations; each cell counts its copies by status and is coloured by the worst. Open it for every copy.</p>
  <div class="scroll-x">
  <table class="matrix interop">
    <thead><tr><th class="corner" scope="col">source ↓ · destination →</th>` + ((stack1 = lookupProperty(helpers, "each").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "interop") : depth0) != null ? lookupProperty(stack1, "names") : stack1, { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 75 }, "end": { "line": 6, "column": 184 } } })) != null ? stack1 : "") + "</tr></thead>\n    <tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "interop") : depth0) != null ? lookupProperty(stack1, "rows") : stack1, { "name": "each", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 4 }, "end": { "line": 30, "column": 13 } } })) != null ? stack1 : "") + "    </tbody>\n  </table>\n  </div>\n</section>\n";
}, "usePartial": true, "useData": true, "useDepths": true }));
handlebars.registerPartial("legend", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<li><span class="badge s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 45 }, "end": { "line": 4, "column": 55 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 94 }, "end": { "line": 4, "column": 104 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 112 }, "end": { "line": 4, "column": 120 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "meaning") || (depth0 != null ? lookupProperty(depth0, "meaning") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "meaning", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 128 }, "end": { "line": 4, "column": 139 } } }) : helper)) + "</li>";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<footer id="legend" class="section legend">\n  <h2>Reading the matrix</h2>\n  <ul class="legend-list">\n    ' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "legend") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 4 }, "end": { "line": 4, "column": 153 } } })) != null ? stack1 : "") + `
    <li><span class="badge s-none"><span class="sym" aria-hidden="true">—</span> not run</span> the check did not run on this registry (no result recorded)</li>
    <li><span class="expected-tag">expected (known limit)</span> the deviation matches a limit declared in the registry's config: still shown, not hidden</li>
  </ul>
  <p class="muted">MUST, SHOULD and MAY are the requirement levels of the spec text each check links to. Open a cell for the message and the HTTP exchanges that decided it (secrets redacted). Generated by ` + alias2(alias1((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "tool") : stack1) != null ? lookupProperty(stack1, "name") : stack1, depth0)) + " " + alias2(alias1((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "tool") : stack1) != null ? lookupProperty(stack1, "version") : stack1, depth0)) + " from results.json.</p>\n</footer>\n";
}, "useData": true }));
handlebars.registerPartial("matrix-table", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  return "registry";
}, "1": function(container, depth0, helpers, partials, data) {
  return "registries";
}, "2": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<option value="' + alias4((helper = (helper = lookupProperty(helpers, "suite") || (depth0 != null ? lookupProperty(depth0, "suite") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "suite", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 39 }, "end": { "line": 14, "column": 48 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "suite") || (depth0 != null ? lookupProperty(depth0, "suite") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "suite", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 50 }, "end": { "line": 14, "column": 59 } } }) : helper)) + "</option>";
}, "3": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <div class="scroll-x">\n  <table class="matrix" id="matrix">\n    <thead>\n      <tr>\n        <th class="corner" scope="col">Check</th>\n        ' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "columns") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 8 }, "end": { "line": 26, "column": 405 } } })) != null ? stack1 : "") + "\n      </tr>\n    </thead>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "suites") : depth0, { "name": "each", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 4 }, "end": { "line": 44, "column": 13 } } })) != null ? stack1 : "") + '  </table>\n  </div>\n  <p class="empty" id="no-rows" hidden>No check matches the filters.</p>\n';
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<th class="reg-col" scope="col"><span class="col-name">' + ((stack1 = container.invokePartial(lookupProperty(partials, "name"), depth0, { "name": "name", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "findings") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 26, "column": 97 }, "end": { "line": 26, "column": 391 } } })) != null ? stack1 : "") + "</th>";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="col-counts">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "findings") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 145 }, "end": { "line": 26, "column": 322 } } })) != null ? stack1 : "") + "</span>";
}, "6": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="mini s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 183 }, "end": { "line": 26, "column": 193 } } }) : helper)) + '" title="' + alias4((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 202 }, "end": { "line": 26, "column": 211 } } }) : helper)) + " " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 212 }, "end": { "line": 26, "column": 220 } } }) : helper)) + '"><span aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 247 }, "end": { "line": 26, "column": 257 } } }) : helper)) + "</span>" + alias4((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 264 }, "end": { "line": 26, "column": 273 } } }) : helper)) + '<span class="sr"> ' + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 291 }, "end": { "line": 26, "column": 299 } } }) : helper)) + "</span></span>";
}, "7": function(container, depth0, helpers, partials, data) {
  return '<span class="col-counts s-pass">all pass</span>';
}, "8": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '    <tbody class="suite" data-suite="' + alias4((helper = (helper = lookupProperty(helpers, "suite") || (depth0 != null ? lookupProperty(depth0, "suite") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "suite", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 37 }, "end": { "line": 30, "column": 46 } } }) : helper)) + '">\n      <tr class="suite-row"><th colspan="' + alias4(alias5(depths[1] != null ? lookupProperty(depths[1], "columnSpan") : depths[1], depth0)) + '" scope="colgroup"><span class="suite-name">' + alias4((helper = (helper = lookupProperty(helpers, "suite") || (depth0 != null ? lookupProperty(depth0, "suite") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "suite", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 102 }, "end": { "line": 31, "column": 111 } } }) : helper)) + '</span> <span class="muted">' + alias4(alias5((stack1 = depth0 != null ? lookupProperty(depth0, "rows") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "rows") : depth0) != null ? lookupProperty(stack1, "length") : stack1, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 161 }, "end": { "line": 31, "column": 179 } } }), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.program(10, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 31, "column": 155 }, "end": { "line": 31, "column": 207 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "withFindings") : depth0, { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 207 }, "end": { "line": 31, "column": 267 } } })) != null ? stack1 : "") + "</span></th></tr>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "rows") : depth0, { "name": "each", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 6 }, "end": { "line": 42, "column": 15 } } })) != null ? stack1 : "") + "    </tbody>\n";
}, "9": function(container, depth0, helpers, partials, data) {
  return "check";
}, "10": function(container, depth0, helpers, partials, data) {
  return "checks";
}, "11": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " · " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "withFindings") || (depth0 != null ? lookupProperty(depth0, "withFindings") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "withFindings", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 230 }, "end": { "line": 31, "column": 246 } } }) : helper)) + " with findings";
}, "12": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, alias4 = container.hooks.helperMissing, alias5 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '      <tr class="check-row" data-suite="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "suite") : stack1, depth0)) + '" data-findings="' + alias2((helper = (helper = lookupProperty(helpers, "findings") || (depth0 != null ? lookupProperty(depth0, "findings") : depth0)) != null ? helper : alias4, typeof helper === alias5 ? helper.call(alias3, { "name": "findings", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 72 }, "end": { "line": 33, "column": 84 } } }) : helper)) + '" data-search="' + alias2((helper = (helper = lookupProperty(helpers, "searchText") || (depth0 != null ? lookupProperty(depth0, "searchText") : depth0)) != null ? helper : alias4, typeof helper === alias5 ? helper.call(alias3, { "name": "searchText", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 99 }, "end": { "line": 33, "column": 113 } } }) : helper)) + '">\n        <th class="check" scope="row">\n          <div class="check-title"><span class="level level-' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "level") : stack1, depth0)) + '">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "level") : stack1, depth0)) + "</span> " + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) + '</div>\n          <div class="check-meta"><code class="check-id">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) + "</code>\n            " + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "specUrl") : depth0, { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.program(14, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 37, "column": 12 }, "end": { "line": 37, "column": 207 } } })) != null ? stack1 : "") + '\n            <span class="spec-version">' + alias2(alias1((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "spec") : stack1) != null ? lookupProperty(stack1, "version") : stack1, depth0)) + "</span></div>\n        </th>\n        " + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "cells") : depth0, { "name": "each", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 8 }, "end": { "line": 40, "column": 76 } } })) != null ? stack1 : "") + "\n      </tr>\n";
}, "13": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a class="spec-link" href="' + alias1((helper = (helper = lookupProperty(helpers, "specUrl") || (depth0 != null ? lookupProperty(depth0, "specUrl") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "specUrl", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 54 }, "end": { "line": 37, "column": 65 } } }) : helper)) + '" target="_blank" rel="noopener noreferrer">§ ' + alias1(container.lambda((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "spec") : stack1) != null ? lookupProperty(stack1, "section") : stack1, depth0)) + "</a>";
}, "14": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="spec-link">§ ' + container.escapeExpression(container.lambda((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "check") : depth0) != null ? lookupProperty(stack1, "spec") : stack1) != null ? lookupProperty(stack1, "section") : stack1, depth0)) + "</span>";
}, "15": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "cell"), depth0, { "name": "cell", "hash": { "specUrl": depths[1] != null ? lookupProperty(depths[1], "specUrl") : depths[1], "check": depths[1] != null ? lookupProperty(depths[1], "check") : depths[1] }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "16": function(container, depth0, helpers, partials, data) {
  return '  <p class="empty">No registry was tested, so the matrix is empty. The list above says why each was skipped.</p>\n';
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="matrix-section" class="section">\n  <h2>Matrix <span class="muted h2-note">' + alias3((helper = (helper = lookupProperty(helpers, "checkCount") || (depth0 != null ? lookupProperty(depth0, "checkCount") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "checkCount", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 41 }, "end": { "line": 2, "column": 55 } } }) : helper)) + " checks × " + alias3(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "columns") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "columns") : depth0) != null ? lookupProperty(stack1, "length") : stack1, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 90 }, "end": { "line": 2, "column": 111 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.program(1, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 2, "column": 84 }, "end": { "line": 2, "column": 146 } } })) != null ? stack1 : "") + '</span></h2>\n  <div class="toolbar" id="toolbar" hidden>\n    <label class="field">Show\n      <select id="filter-view">\n        <option value="all">all checks</option>\n        <option value="findings">checks with any non-pass result</option>\n        <option value="problems">checks with fail, warn or error</option>\n      </select>\n    </label>\n    <label class="field">Suite\n      <select id="filter-suite">\n        <option value="">all suites</option>\n        ' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "suites") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 8 }, "end": { "line": 14, "column": 77 } } })) != null ? stack1 : "") + '\n      </select>\n    </label>\n    <label class="field">Find <input id="filter-text" type="search" placeholder="check id or title" autocomplete="off"></label>\n    <span class="shown" id="shown-count" aria-live="polite"></span>\n  </div>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "columns") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.program(16, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 20, "column": 2 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
}, "usePartial": true, "useData": true, "useDepths": true }));
handlebars.registerPartial("name", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="np">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</span>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 51 }, "end": { "line": 1, "column": 84 } } })) != null ? stack1 : "");
}, "1": function(container, depth0, helpers, partials, data) {
  return "<wbr>";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "nameParts") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 1, "column": 93 } } })) != null ? stack1 : "";
}, "useData": true }));
handlebars.registerPartial("needs-a-look", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "needsALook") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 18, "column": 11 } } })) != null ? stack1 : "";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <div class="look-registry" id="' + alias4((helper = (helper = lookupProperty(helpers, "anchor") || (depth0 != null ? lookupProperty(depth0, "anchor") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "anchor", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 33 }, "end": { "line": 5, "column": 43 } } }) : helper)) + '">\n    <h3 class="look-name">' + alias4((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 26 }, "end": { "line": 6, "column": 34 } } }) : helper)) + ' <span class="muted">' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "items") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 55 }, "end": { "line": 6, "column": 98 } } })) != null ? stack1 : "") + "</span></h3>\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "status") : depth0, "error", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 10 }, "end": { "line": 7, "column": 29 } } }), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 208 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "items") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 4 }, "end": { "line": 15, "column": 11 } } })) != null ? stack1 : "") + "    " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expectedCount") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 225 } } })) != null ? stack1 : "") + "\n  </div>\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "items") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0));
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="look-reason">' + ((stack1 = lookupProperty(helpers, "with").call(alias1, depth0 != null ? lookupProperty(depth0, "errorBadge") : depth0, { "name": "with", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 54 }, "end": { "line": 7, "column": 186 } } })) != null ? stack1 : "") + " " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 187 }, "end": { "line": 7, "column": 197 } } }) : helper)) + "</p>";
}, "4": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="badge s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 95 }, "end": { "line": 7, "column": 105 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 144 }, "end": { "line": 7, "column": 154 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 162 }, "end": { "line": 7, "column": 170 } } }) : helper)) + "</span>";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '    <ul class="look-items">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "items") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 6 }, "end": { "line": 13, "column": 15 } } })) != null ? stack1 : "") + "    </ul>\n";
}, "6": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '      <li class="look-item s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 29 }, "end": { "line": 11, "column": 39 } } }) : helper)) + '"><a class="to-cell" href="#' + alias4((helper = (helper = lookupProperty(helpers, "cellId") || (depth0 != null ? lookupProperty(depth0, "cellId") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "cellId", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 67 }, "end": { "line": 11, "column": 77 } } }) : helper)) + '"><span class="badge s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 100 }, "end": { "line": 11, "column": 110 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 149 }, "end": { "line": 11, "column": 159 } } }) : helper)) + "</span> " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 167 }, "end": { "line": 11, "column": 175 } } }) : helper)) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "change") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 182 }, "end": { "line": 11, "column": 246 } } })) != null ? stack1 : "") + ' <code class="look-id">' + alias4((helper = (helper = lookupProperty(helpers, "label") || (depth0 != null ? lookupProperty(depth0, "label") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 269 }, "end": { "line": 11, "column": 278 } } }) : helper)) + '</code> <span class="look-title">' + alias4((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 311 }, "end": { "line": 11, "column": 320 } } }) : helper)) + '</span></a>\n        <span class="look-message">' + alias4((helper = (helper = lookupProperty(helpers, "message") || (depth0 != null ? lookupProperty(depth0, "message") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 35 }, "end": { "line": 12, "column": 46 } } }) : helper)) + "</span></li>\n";
}, "7": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ' <span class="change-tag">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "change") || (depth0 != null ? lookupProperty(depth0, "change") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 222 }, "end": { "line": 11, "column": 232 } } }) : helper)) + "</span>";
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="muted small">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "expectedCount") || (depth0 != null ? lookupProperty(depth0, "expectedCount") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "expectedCount", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 48 }, "end": { "line": 16, "column": 65 } } }) : helper)) + " more " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "expectedCount") : depth0, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 77 }, "end": { "line": 16, "column": 97 } } }), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 71 }, "end": { "line": 16, "column": 161 } } })) != null ? stack1 : "") + " (known limits from the config), shown in the matrix.</p>";
}, "9": function(container, depth0, helpers, partials, data) {
  return "is an expected deviation";
}, "10": function(container, depth0, helpers, partials, data) {
  return "are expected deviations";
}, "11": function(container, depth0, helpers, partials, data) {
  return '  <p class="empty">Nothing: every judged result passed, or is unsupported, skipped or an expected deviation.</p>\n';
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="needs-a-look" class="section">\n  <h2>Needs a look <span class="muted h2-note">fail, warn and error, most severe first; open one for its evidence</span></h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "needsALook") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 2 }, "end": { "line": 21, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
}, "useData": true }));
handlebars.registerPartial("overview", handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ", " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "skipped") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " skipped";
}, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <table class="overview">\n    <thead><tr><th scope="col">registry</th><th scope="col">stores any OCI content unchanged</th><th scope="col">spec categories</th><th scope="col">results</th>' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 161 }, "end": { "line": 5, "column": 218 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "hasHistory") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 218 }, "end": { "line": 5, "column": 271 } } })) != null ? stack1 : "") + "</tr></thead>\n    <tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "overview") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 42, "column": 13 } } })) != null ? stack1 : "") + "    </tbody>\n  </table>\n";
}, "2": function(container, depth0, helpers, partials, data) {
  return '<th scope="col">since baseline</th>';
}, "3": function(container, depth0, helpers, partials, data) {
  return '<th scope="col">history</th>';
}, "4": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '      <tr id="' + alias4((helper = (helper = lookupProperty(helpers, "anchor") || (depth0 != null ? lookupProperty(depth0, "anchor") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "anchor", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 14 }, "end": { "line": 8, "column": 24 } } }) : helper)) + '" class="ov-row ov-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 43 }, "end": { "line": 8, "column": 53 } } }) : helper)) + '">\n        <th scope="row" class="ov-name">\n          <span class="reg-name">' + ((stack1 = container.invokePartial(lookupProperty(partials, "name"), depth0, { "name": "name", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</span>\n          <code class="ov-url">' + alias4((helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 31 }, "end": { "line": 11, "column": 38 } } }) : helper)) + "</code>\n          " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "limits") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 10 }, "end": { "line": 12, "column": 185 } } })) != null ? stack1 : "") + '\n        </th>\n        <td class="ov-verdict" data-label="stores any OCI content unchanged">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "tested") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.program(14, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 15, "column": 10 }, "end": { "line": 20, "column": 17 } } })) != null ? stack1 : "") + '        </td>\n        <td class="ov-categories" data-label="spec categories">\n          ' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "tested") : depth0, { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 10 }, "end": { "line": 23, "column": 311 } } })) != null ? stack1 : "") + '\n        </td>\n        <td class="ov-counts" data-label="results">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "tested") : depth0, { "name": "if", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 10 }, "end": { "line": 29, "column": 17 } } })) != null ? stack1 : "") + "        </td>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depths[1] != null ? lookupProperty(depths[1], "changes") : depths[1], { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 8 }, "end": { "line": 35, "column": 15 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depths[1] != null ? lookupProperty(depths[1], "hasHistory") : depths[1], { "name": "if", "hash": {}, "fn": container.program(30, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 8 }, "end": { "line": 40, "column": 15 } } })) != null ? stack1 : "") + "      </tr>\n";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="ov-limits"><span class="muted">known limits:</span> ' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "limits") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 96 }, "end": { "line": 12, "column": 171 } } })) != null ? stack1 : "") + "</span>";
}, "6": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<code>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</code>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 133 }, "end": { "line": 12, "column": 162 } } })) != null ? stack1 : "");
}, "7": function(container, depth0, helpers, partials, data) {
  return " ";
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "            " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "answer") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 12 }, "end": { "line": 16, "column": 138 } } })) != null ? stack1 : "") + "\n            " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "problemCount") : depth0, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 12 }, "end": { "line": 17, "column": 160 } } })) != null ? stack1 : "") + "\n";
}, "9": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<strong class="answer answer-' + alias4((helper = (helper = lookupProperty(helpers, "answer") || (depth0 != null ? lookupProperty(depth0, "answer") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "answer", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 55 }, "end": { "line": 16, "column": 65 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "answer") || (depth0 != null ? lookupProperty(depth0, "answer") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "answer", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 67 }, "end": { "line": 16, "column": 77 } } }) : helper)) + "</strong>";
}, "10": function(container, depth0, helpers, partials, data) {
  return '<span class="muted">not tested</span>';
}, "11": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ' <a class="to-look" href="#' + alias4((helper = (helper = lookupProperty(helpers, "lookAnchor") || (depth0 != null ? lookupProperty(depth0, "lookAnchor") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "lookAnchor", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 59 }, "end": { "line": 17, "column": 73 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "problemCount") || (depth0 != null ? lookupProperty(depth0, "problemCount") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "problemCount", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 75 }, "end": { "line": 17, "column": 91 } } }) : helper)) + " " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "problemCount") : depth0, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 98 }, "end": { "line": 17, "column": 117 } } }), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.program(13, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 92 }, "end": { "line": 17, "column": 149 } } })) != null ? stack1 : "") + "</a>";
}, "12": function(container, depth0, helpers, partials, data) {
  return "problem";
}, "13": function(container, depth0, helpers, partials, data) {
  return "problems";
}, "14": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '            <span class="reg-status reg-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 40 }, "end": { "line": 19, "column": 50 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 52 }, "end": { "line": 19, "column": 62 } } }) : helper)) + '</span> <span class="ov-reason">' + alias4((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 94 }, "end": { "line": 19, "column": 104 } } }) : helper)) + "</span>\n";
}, "15": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<ul class="categories">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "categories") : depth0, { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 47 }, "end": { "line": 23, "column": 299 } } })) != null ? stack1 : "") + "</ul>";
}, "16": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<li class="category support-' + alias4((helper = (helper = lookupProperty(helpers, "supportClass") || (depth0 != null ? lookupProperty(depth0, "supportClass") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "supportClass", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 95 }, "end": { "line": 23, "column": 111 } } }) : helper)) + '"' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "failingCount") : depth0, { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 112 }, "end": { "line": 23, "column": 231 } } })) != null ? stack1 : "") + ">" + alias4((helper = (helper = lookupProperty(helpers, "category") || (depth0 != null ? lookupProperty(depth0, "category") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "category", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 232 }, "end": { "line": 23, "column": 244 } } }) : helper)) + ' <span class="support">' + alias4((helper = (helper = lookupProperty(helpers, "support") || (depth0 != null ? lookupProperty(depth0, "support") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "support", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 267 }, "end": { "line": 23, "column": 278 } } }) : helper)) + "</span></li>";
}, "17": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ' title="' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "failingCount") || (depth0 != null ? lookupProperty(depth0, "failingCount") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "failingCount", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 140 }, "end": { "line": 23, "column": 156 } } }) : helper)) + " failing MUST " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "failingCount") : depth0, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 176 }, "end": { "line": 23, "column": 195 } } }), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.program(19, data, 0), "data": data, "loc": { "start": { "line": 23, "column": 170 }, "end": { "line": 23, "column": 223 } } })) != null ? stack1 : "") + '"';
}, "18": function(container, depth0, helpers, partials, data) {
  return "check";
}, "19": function(container, depth0, helpers, partials, data) {
  return "checks";
}, "20": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '          <ul class="counts">' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "counts") : depth0, { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 29 }, "end": { "line": 27, "column": 180 } } })) != null ? stack1 : "") + "</ul>\n          " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "lookCount") : depth0, { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 10 }, "end": { "line": 28, "column": 104 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expectedCount") : depth0, { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 104 }, "end": { "line": 28, "column": 207 } } })) != null ? stack1 : "") + "\n";
}, "21": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<li class="count s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 64 }, "end": { "line": 27, "column": 74 } } }) : helper)) + '"><span class="sym" aria-hidden="true">' + alias4((helper = (helper = lookupProperty(helpers, "symbol") || (depth0 != null ? lookupProperty(depth0, "symbol") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "symbol", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 113 }, "end": { "line": 27, "column": 123 } } }) : helper)) + "</span> <strong>" + alias4((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 139 }, "end": { "line": 27, "column": 148 } } }) : helper)) + "</strong> " + alias4((helper = (helper = lookupProperty(helpers, "word") || (depth0 != null ? lookupProperty(depth0, "word") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 158 }, "end": { "line": 27, "column": 166 } } }) : helper)) + "</li>";
}, "22": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a class="to-look" href="#' + alias4((helper = (helper = lookupProperty(helpers, "lookAnchor") || (depth0 != null ? lookupProperty(depth0, "lookAnchor") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "lookAnchor", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 53 }, "end": { "line": 28, "column": 67 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "lookCount") || (depth0 != null ? lookupProperty(depth0, "lookCount") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "lookCount", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 69 }, "end": { "line": 28, "column": 82 } } }) : helper)) + " to look at</a>";
}, "23": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ' <span class="muted small">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "expectedCount") || (depth0 != null ? lookupProperty(depth0, "expectedCount") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "expectedCount", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 152 }, "end": { "line": 28, "column": 169 } } }) : helper)) + " expected (known limits)</span>";
}, "24": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '        <td class="ov-change" data-label="since baseline">\n          ' + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "change") : depth0) != null ? lookupProperty(stack1, "compared") : stack1, { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.program(29, data, 0), "data": data, "loc": { "start": { "line": 33, "column": 10 }, "end": { "line": 33, "column": 245 } } })) != null ? stack1 : "") + "\n        </td>\n";
}, "25": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "change") : depth0) != null ? lookupProperty(stack1, "parts") : stack1, { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.program(28, data, 0), "data": data, "loc": { "start": { "line": 33, "column": 33 }, "end": { "line": 33, "column": 188 } } })) != null ? stack1 : "";
}, "26": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="change s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 77 }, "end": { "line": 33, "column": 87 } } }) : helper)) + '">' + alias4((helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 89 }, "end": { "line": 33, "column": 97 } } }) : helper)) + "</span>" + ((stack1 = lookupProperty(helpers, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 104 }, "end": { "line": 33, "column": 135 } } })) != null ? stack1 : "");
}, "27": function(container, depth0, helpers, partials, data) {
  return " · ";
}, "28": function(container, depth0, helpers, partials, data) {
  return '<span class="muted">no change</span>';
}, "29": function(container, depth0, helpers, partials, data) {
  return '<span class="muted">not in baseline</span>';
}, "30": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '        <td class="ov-history" data-label="history">\n          ' + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "history") : depth0, { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 10 }, "end": { "line": 38, "column": 292 } } })) != null ? stack1 : "") + "\n        </td>\n";
}, "31": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="history" role="img" aria-label="results of the last ' + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "history") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + ' runs">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "history") : depth0, { "name": "each", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 115 }, "end": { "line": 38, "column": 278 } } })) != null ? stack1 : "") + "</span>";
}, "32": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="run" title="' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "label") || (depth0 != null ? lookupProperty(depth0, "label") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 157 }, "end": { "line": 38, "column": 166 } } }) : helper)) + '">' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "segments") : depth0, { "name": "each", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 168 }, "end": { "line": 38, "column": 262 } } })) != null ? stack1 : "") + "</span>";
}, "33": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<span class="seg s-' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 205 }, "end": { "line": 38, "column": 215 } } }) : helper)) + '" style="height: ' + alias4((helper = (helper = lookupProperty(helpers, "percent") || (depth0 != null ? lookupProperty(depth0, "percent") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "percent", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 232 }, "end": { "line": 38, "column": 243 } } }) : helper)) + '%"></span>';
}, "34": function(container, depth0, helpers, partials, data) {
  return '  <p class="empty">No registry was tested in this run.</p>\n';
}, "35": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <details class="skipped-list"' + ((stack1 = lookupProperty(helpers, "unless").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "overview") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "unless", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 31 }, "end": { "line": 49, "column": 74 } } })) != null ? stack1 : "") + ">\n    <summary>Not tested: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "skipped") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || depth0 && lookupProperty(depth0, "eq") || container.hooks.helperMissing).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "skipped") : depth0) != null ? lookupProperty(stack1, "length") : stack1, 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 50 }, "end": { "line": 50, "column": 71 } } }), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.program(38, data, 0), "data": data, "loc": { "start": { "line": 50, "column": 44 }, "end": { "line": 50, "column": 106 } } })) != null ? stack1 : "") + ' skipped <span class="muted">(' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "skipped") : depth0, { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 136 }, "end": { "line": 50, "column": 200 } } })) != null ? stack1 : "") + ')</span></summary>\n    <table class="plain">\n      <thead><tr><th>registry</th><th>reason</th><th>endpoint</th><th>known limits</th></tr></thead>\n      <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "skipped") : depth0, { "name": "each", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 6 }, "end": { "line": 56, "column": 15 } } })) != null ? stack1 : "") + "      </tbody>\n    </table>\n  </details>\n";
}, "36": function(container, depth0, helpers, partials, data) {
  return " open";
}, "37": function(container, depth0, helpers, partials, data) {
  return "registry";
}, "38": function(container, depth0, helpers, partials, data) {
  return "registries";
}, "39": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 153 }, "end": { "line": 50, "column": 161 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 161 }, "end": { "line": 50, "column": 191 } } })) != null ? stack1 : "");
}, "40": function(container, depth0, helpers, partials, data) {
  return ", ";
}, "41": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "        <tr><th>" + alias4((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 16 }, "end": { "line": 55, "column": 24 } } }) : helper)) + "</th><td>" + alias4((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 33 }, "end": { "line": 55, "column": 43 } } }) : helper)) + "</td><td><code>" + alias4((helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 58 }, "end": { "line": 55, "column": 65 } } }) : helper)) + "</code></td><td>" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "limits") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 81 }, "end": { "line": 55, "column": 156 } } })) != null ? stack1 : "") + "</td></tr>\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="registries" class="section">\n  <h2>Registries <span class="muted h2-note">' + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "overview") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " judged" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "skipped") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 71 }, "end": { "line": 2, "column": 128 } } })) != null ? stack1 : "") + "</span></h2>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "overview") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.program(34, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 3, "column": 2 }, "end": { "line": 47, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "skipped") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(35, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 2 }, "end": { "line": 60, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
}, "usePartial": true, "useData": true, "useDepths": true }));
var page = handlebars.template({ "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "changes"), depth0, { "name": "changes", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "interop"), depth0, { "name": "interop", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="' + alias2((helper = (helper = lookupProperty(helpers, "csp") || (depth0 != null ? lookupProperty(depth0, "csp") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "csp", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 52 }, "end": { "line": 6, "column": 59 } } }) : helper)) + '">\n<meta name="color-scheme" content="light">\n<title>oci-matrix · ' + alias2(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "run") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) + "</title>\n<style>" + ((stack1 = container.invokePartial(lookupProperty(partials, "styles"), depth0, { "name": "styles", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</style>\n</head>\n<body>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "header"), depth0, { "name": "header", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "<main>\n  " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 37 } } })) != null ? stack1 : "") + "\n  " + ((stack1 = container.invokePartial(lookupProperty(partials, "overview"), depth0, { "name": "overview", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "  " + ((stack1 = container.invokePartial(lookupProperty(partials, "needs-a-look"), depth0, { "name": "needs-a-look", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "  " + ((stack1 = container.invokePartial(lookupProperty(partials, "matrix-table"), depth0, { "name": "matrix-table", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "  " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "interop") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 2 }, "end": { "line": 20, "column": 37 } } })) != null ? stack1 : "") + "\n  " + ((stack1 = container.invokePartial(lookupProperty(partials, "legend"), depth0, { "name": "legend", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</main>\n<aside id="inspector" class="inspector" aria-label="Result details" hidden>\n  <div class="inspector-bar">\n    <span class="inspector-title">Result details</span>\n    <button type="button" class="inspector-close" aria-label="Close details">Close ✕</button>\n  </div>\n  <div class="inspector-content"></div>\n</aside>\n<script>' + ((stack1 = container.invokePartial(lookupProperty(partials, "script"), depth0, { "name": "script", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</script>\n</body>\n</html>\n";
}, "usePartial": true, "useData": true });
function pageTemplate() {
  return page;
}
function pageScript() {
  return `// Progressive enhancement: filters and a side panel for details. Without script the page
// still works: every cell is a <details> element that opens in place.
(function () {
  'use strict';
  var matrix = document.getElementById('matrix');
  var toolbar = document.getElementById('toolbar');
  var inspector = document.getElementById('inspector');
  var content = inspector.querySelector('.inspector-content');
  var selected = null;

  function applyFilters() {
    var view = document.getElementById('filter-view').value;
    var suite = document.getElementById('filter-suite').value;
    var text = document.getElementById('filter-text').value.trim().toLowerCase();
    var shown = 0, total = 0;
    matrix.querySelectorAll('tbody.suite').forEach(function (group) {
      var visible = 0;
      group.querySelectorAll('tr.check-row').forEach(function (row) {
        var findings = row.getAttribute('data-findings');
        var keep = (!suite || row.getAttribute('data-suite') === suite) &&
          (!text || row.getAttribute('data-search').indexOf(text) !== -1) &&
          (view === 'all' || (view === 'findings' && findings !== '') ||
            (view === 'problems' && /\\b(fail|warn|error)\\b/.test(findings)));
        row.hidden = !keep;
        total++;
        if (keep) { visible++; shown++; }
      });
      group.hidden = visible === 0;
    });
    document.getElementById('shown-count').textContent = shown === total ? total + ' checks' : shown + ' of ' + total + ' checks shown';
    document.getElementById('no-rows').hidden = shown !== 0;
  }

  function openCell(cell) {
    var body = cell.querySelector('.result-body');
    if (!body) return;
    if (selected) selected.classList.remove('selected');
    selected = cell;
    cell.classList.add('selected');
    content.textContent = '';
    content.appendChild(body.cloneNode(true));
    inspector.hidden = false;
    document.body.classList.add('inspecting');
    content.scrollTop = 0;
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (cell.id && history.replaceState) history.replaceState(null, '', '#' + cell.id);
  }

  function closeInspector() {
    inspector.hidden = true;
    document.body.classList.remove('inspecting');
    if (selected) { selected.classList.remove('selected'); selected.querySelector('summary').focus(); }
    selected = null;
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
  }

  // Links from "What changed" and "Needs a look" open the cell they name, showing its row first
  // if the filters hid it.
  function openLinked(cell) {
    var row = cell.closest('tr');
    if (matrix && row && row.hidden) {
      document.getElementById('filter-view').value = 'all';
      document.getElementById('filter-suite').value = '';
      document.getElementById('filter-text').value = '';
      applyFilters();
    }
    openCell(cell);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.to-cell');
    if (link) {
      var target = document.getElementById(link.getAttribute('href').slice(1));
      if (target && target.classList.contains('cell')) {
        event.preventDefault();
        openLinked(target);
        target.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      return;
    }
    var summary = event.target.closest('td.cell > details > summary');
    if (!summary) return;
    event.preventDefault();
    var cell = summary.parentElement.parentElement;
    if (cell === selected && !inspector.hidden) closeInspector(); else openCell(cell);
  });
  inspector.querySelector('.inspector-close').addEventListener('click', closeInspector);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !inspector.hidden) closeInspector();
  });

  if (matrix) {
    toolbar.hidden = false;
    ['filter-view', 'filter-suite', 'filter-text'].forEach(function (id) {
      document.getElementById(id).addEventListener('input', applyFilters);
    });
    applyFilters();
  }
  var linked = location.hash && /^#[a-z0-9-]+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
  if (linked && linked.classList.contains('cell')) { openCell(linked); linked.scrollIntoView({ block: 'center' }); }
})();
`;
}

// src/report/html.ts
var page2;
var csp;
function contentSecurityPolicy() {
  const scriptHash = createHash("sha256").update(pageScript()).digest("base64");
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
}
function renderHtml(results) {
  page2 ??= pageTemplate();
  csp ??= contentSecurityPolicy();
  return page2({ ...showControlCharacters(buildHtmlView(results)), csp });
}

// src/report/junit.ts
var INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
function xmlEscape(text) {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function xmlAttribute(text) {
  return xmlEscape(text).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
var seconds = (ms) => (ms / 1e3).toFixed(3);
function evidenceLines(evidence) {
  if (!evidence.length) return "";
  const lines = evidence.map((e) => `  ${e.method} ${e.url} → ${e.status ?? "no answer"}${e.error ? ` (${e.error})` : ""}`);
  return `

HTTP exchanges:
${lines.join("\n")}`;
}
function testcase(c) {
  const open = `    <testcase classname="${xmlAttribute(c.classname)}" name="${xmlAttribute(c.name)}" time="${seconds(c.durationMs)}"`;
  const expected = c.expected ? " (expected: known limit)" : "";
  const body = (kind) => xmlEscape(`${kind}${expected}: ${c.message}${evidenceLines(c.evidence)}`);
  switch (c.status) {
    case "pass":
      return `${open}/>`;
    case "fail":
      return `${open}>
      <failure message="${xmlAttribute(c.message)}" type="${c.level}">${body(`fail (${c.level})`)}</failure>
    </testcase>`;
    case "error":
      return `${open}>
      <error message="${xmlAttribute(c.message)}" type="harness">${body("error")}</error>
    </testcase>`;
    case "skip":
    case "unsupported":
      return `${open}>
      <skipped message="${xmlAttribute(`${c.status}${expected}: ${c.message}`)}"/>
    </testcase>`;
    case "warn":
      return `${open}>
      <system-out>${body(`warn (${c.level || "SHOULD"} not met)`)}</system-out>
    </testcase>`;
  }
}
function resultCase(result, check) {
  return {
    classname: check?.suite ?? "unknown",
    name: check ? `${check.id} — ${check.title}` : result.check,
    status: result.status,
    message: result.message,
    durationMs: result.durationMs,
    evidence: result.evidence,
    level: check?.level ?? "",
    expected: Boolean(result.expected)
  };
}
function copyCase(copy, titles) {
  return {
    classname: `interop.${copy.source}`,
    name: `${copy.source} → ${copy.destination}: ${titles.get(copy.content) ?? copy.content}`,
    status: copy.status,
    message: copy.message,
    durationMs: copy.durationMs,
    evidence: copy.evidence,
    level: "MUST",
    expected: false
  };
}
function untestedCase(registry) {
  const open = `    <testcase classname="registry" name="${xmlAttribute(`${registry.name} was not tested`)}" time="0.000">`;
  const reason = registry.reason ?? registry.status;
  const element = registry.status === "error" ? `<error message="${xmlAttribute(reason)}" type="harness">${xmlEscape(reason)}</error>` : `<skipped message="${xmlAttribute(reason)}"/>`;
  return `${open}
      ${element}
    </testcase>`;
}
function suiteElement(name, cases, wallMs, timestamp2, body, properties) {
  const count = (...statuses) => cases.filter((c) => statuses.includes(c.status)).length;
  const time = wallMs === void 0 ? "" : ` time="${seconds(wallMs)}"`;
  const attributes = `name="${xmlAttribute(name)}" tests="${cases.length}" failures="${count("fail")}" errors="${count("error")}" skipped="${count("skip", "unsupported")}"${time} timestamp="${xmlAttribute(timestamp2)}"`;
  const props = properties.map(([key, value]) => `      <property name="${key}" value="${xmlAttribute(value)}"/>`).join("\n");
  return `  <testsuite ${attributes}>
    <properties>
${props}
    </properties>
${body.join("\n")}
  </testsuite>`;
}
function testsuite(registry, results, checks, timestamp2) {
  const properties = [["url", registry.url], ["status", registry.status], ...registry.reason ? [["reason", registry.reason]] : []];
  if (registry.status !== "tested") {
    const untested = { classname: "registry", name: `${registry.name} was not tested`, status: registry.status === "error" ? "error" : "skip", message: registry.reason ?? registry.status, durationMs: 0, evidence: [], level: "", expected: false };
    return suiteElement(registry.name, [untested], registry.durationMs, timestamp2, [untestedCase(registry)], properties);
  }
  const cases = results.map((r) => resultCase(r, checks.get(r.check)));
  return suiteElement(registry.name, cases, registry.durationMs, timestamp2, cases.map(testcase), properties);
}
function interopSuite(results) {
  const copies = results.interop ?? [];
  if (!copies.length) return void 0;
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const cases = copies.map((c) => copyCase(c, titles));
  return suiteElement("interop", cases, results.interopDurationMs, results.run.startedAt, cases.map(testcase), [["copies", String(copies.length)]]);
}
function renderJunit(results) {
  const checks = new Map(results.checks.map((c) => [c.id, c]));
  const suites = results.registries.map(
    (registry) => testsuite(
      registry,
      results.results.filter((r) => r.registry === registry.name),
      checks,
      results.run.startedAt
    )
  );
  const interop = interopSuite(results);
  if (interop) suites.push(interop);
  const name = `${results.run.tool.name} ${results.run.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${xmlAttribute(name)}">
${suites.join("\n")}
</testsuites>
`;
}

// src/report/markdown.ts
function mdText(text) {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]#~!])/g, "\\$1").replace(/\|/g, "\\|").replace(/ {2,}/g, " ").trim();
}
function mdCode(text) {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
function timestamp(value) {
  const time = Date.parse(value);
  return Number.isFinite(time) ? `${new Date(time).toISOString().slice(0, 19).replace("T", " ")} UTC` : mdText(value || "—");
}
function cellLabel(result) {
  if (!result) return "— not run";
  return `${statusLabel(result.status)}${result.expected ? " (expected)" : ""}`;
}
function changeLines(results) {
  const comparison = results.comparison;
  if (!comparison) return [];
  const out = ["## What changed", "", `Since run ${mdCode(comparison.baseline.runId)} (${timestamp(comparison.baseline.startedAt)}).`, ""];
  const changed = comparison.registries.filter((r) => r.newlyFailing.length + r.newlyErroring.length + r.newlyPassing.length > 0);
  if (!changed.length) return [...out, "_No check newly failing, erroring or passing._", ""];
  const list = (keys) => keys.map(mdCode).join(", ") || "—";
  out.push("| registry | newly failing | newly erroring | newly passing |", "| --- | --- | --- | --- |");
  for (const r of changed) out.push(`| ${mdText(r.registry)} | ${list(r.newlyFailing)} | ${list(r.newlyErroring)} | ${list(r.newlyPassing)} |`);
  return [...out, ""];
}
function totalsTable(results) {
  const out = [`| registry | status | ${STATUSES.map(statusLabel).join(" | ")} |`, `| --- | --- |${STATUSES.map(() => " ---: |").join("")}`];
  for (const registry of results.registries) {
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const status = registry.status === "tested" ? "tested" : `${registry.status}: ${registry.reason ?? ""}`;
    const numbers = registry.status === "tested" ? STATUSES.map((s) => String(counts[s])) : STATUSES.map(() => "—");
    out.push(`| ${mdText(registry.name)} | ${mdText(status)} | ${numbers.join(" | ")} |`);
  }
  return out;
}
function verdictLines(results) {
  const verdicts = (results.verdicts ?? []).filter((v) => v.storesAnyContentUnchanged !== "not tested");
  if (!verdicts.length) return [];
  const out = ["", "## Verdicts", ""];
  for (const v of verdicts) {
    const support = v.categories.map((c) => `${c.category}: ${c.support}`).join(" · ");
    out.push(`- **${mdText(v.registry)}** stores any OCI content unchanged: **${v.storesAnyContentUnchanged}** — ${mdText(support)}`);
    for (const p of v.problems) out.push(`  - ${mdText(p.content)}: ${mdText(p.reason)}`);
  }
  return out;
}
function matrixTable(results) {
  const columns = results.registries.filter((r) => r.status === "tested");
  if (!columns.length) return ["", "## Matrix", "", "_No registry was tested._"];
  const byKey = new Map(results.results.map((r) => [`${r.registry}\0${r.check}`, r]));
  const out = ["", "## Matrix", "", `| check | level | ${columns.map((r) => mdText(r.name)).join(" | ")} |`, `| --- | --- |${columns.map(() => " --- |").join("")}`];
  for (const suite of SUITES) {
    const checks = results.checks.filter((c) => c.suite === suite);
    if (!checks.length) continue;
    out.push(`| **${suite}** | |${columns.map(() => " |").join("")}`);
    for (const check of checks) {
      const cells = columns.map((r) => cellLabel(byKey.get(`${r.name}\0${check.id}`)));
      out.push(`| ${mdCode(check.id)} | ${check.level} | ${cells.join(" | ")} |`);
    }
  }
  return out;
}
function interopTable(results) {
  const copies = results.interop ?? [];
  if (!copies.length) return [];
  const names = [...new Set(copies.flatMap((c) => [c.source, c.destination]))];
  const passed = copies.filter((c) => c.status === "pass").length;
  const out = ["", "## Interop", "", `${passed} of ${copies.length} copies between registries verified byte for byte at the destination (rows: source, columns: destination).`, ""];
  out.push(`| source ↓ / destination → | ${names.map(mdText).join(" | ")} |`, `| --- |${names.map(() => " --- |").join("")}`);
  for (const source of names) {
    const row = names.map((destination) => {
      if (source === destination) return "·";
      const pair = copies.filter((c) => c.source === source && c.destination === destination);
      return pair.length ? `${pair.filter((c) => c.status === "pass").length}/${pair.length}` : "—";
    });
    out.push(`| ${mdText(source)} | ${row.join(" | ")} |`);
  }
  return out;
}
function resultLine(r, titles) {
  const title = titles.get(r.check);
  return `- ${statusLabel(r.status)}${r.expected ? " (expected: known limit)" : ""} **${mdText(r.registry)}** ${mdCode(r.check)}${title ? ` ${mdText(title)}` : ""}: ${mdText(r.message)}`;
}
function nonPassLists(results) {
  const titles = new Map(results.checks.map((c) => [c.id, c.title]));
  const bySeverity = (a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status];
  const attention = ["fail", "error", "warn"];
  const needsALook = results.results.filter((r) => attention.includes(r.status)).sort(bySeverity);
  const notApplicable = results.results.filter((r) => r.status === "unsupported" || r.status === "skip").sort(bySeverity);
  const out = [];
  if (needsALook.length) out.push("", `## Needs a look (${needsALook.length})`, "", ...needsALook.map((r) => resultLine(r, titles)));
  if (notApplicable.length) {
    out.push("", `<details><summary>Unsupported and skipped (${notApplicable.length})</summary>`, "", ...notApplicable.map((r) => resultLine(r, titles)), "", "</details>");
  }
  return out;
}
function renderMarkdown(results) {
  const { run } = results;
  const out = [
    `# ${mdText(run.tool.name)} run ${mdCode(run.id)}`,
    "",
    `Spec version ${mdText(run.specVersion)} · ${timestamp(run.startedAt)} → ${timestamp(run.finishedAt)} · ${mdText(`${run.tool.name} ${run.tool.version}`)}`,
    "",
    ...changeLines(results),
    ...totalsTable(results),
    ...verdictLines(results),
    ...matrixTable(results),
    ...interopTable(results),
    ...nonPassLists(results)
  ];
  return `${out.join("\n")}
`;
}

// src/report/write.ts
async function writeReports(full, outDir) {
  const results = compactEvidence(full);
  await mkdir(join(outDir, "badges"), { recursive: true });
  const files = [
    ["results.json", serializeResults(results)],
    ["index.html", renderHtml(results)],
    ["junit.xml", renderJunit(results)],
    ["summary.md", renderMarkdown(results)],
    ...registryBadges(results).map(({ file, svg }) => [join("badges", file), svg])
  ];
  const written = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}
export {
  writeReports
};
