import { productionBuild } from "./test/helpers/production-build";
void productionBuild().then((b) => console.log("built", b.dir, b.stats.errors.length));
