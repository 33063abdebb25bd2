declare module "virtual:europe-map" {
  const map: import("./types").EuropeMap;
  export default map;
}
