/** `bottleneck/light.js` (the build @octokit/plugin-throttling uses, without clustering) has the same API as `bottleneck`. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  // eslint-disable-next-line no-restricted-syntax -- describes a third-party module's default export
  export default Bottleneck;
}
