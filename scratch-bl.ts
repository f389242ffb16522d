import { schoolLoopBench } from "./scripts/bench/school-loop";
void schoolLoopBench(Number(process.argv[2] ?? 1000));
