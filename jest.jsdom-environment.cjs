// jsdom has no fetch API, and react-router's data routers build a `Request` for every navigation.
// Node has one, but it refuses jsdom's AbortSignal, while jsdom's own event listeners refuse Node's:
// so the test window gets Node's Request, wrapped to follow a jsdom signal with a Node one.
// Resolved from the app running the tests (the workspace root does not depend on it).
const { TestEnvironment } = require(require.resolve('jest-environment-jsdom', { paths: [process.cwd()] }));

function requestFollowingSignals(NodeRequest, NodeAbortController) {
  return class Request extends NodeRequest {
    constructor(input, init) {
      const signal = init?.signal;
      if (!signal || signal instanceof globalThis.AbortSignal) {
        super(input, init);
        return;
      }
      const follower = new NodeAbortController();
      if (signal.aborted) follower.abort(signal.reason);
      else signal.addEventListener('abort', () => follower.abort(signal.reason), { once: true });
      super(input, { ...init, signal: follower.signal });
    }
  };
}

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.Request = requestFollowingSignals(globalThis.Request, globalThis.AbortController);
    this.global.Response = globalThis.Response;
    this.global.Headers = globalThis.Headers;
  }
}

module.exports = JsdomWithFetchEnvironment;
