/** CPU time of processes this one has started, for the suites' timing lines (Linux only). */

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for:
 * the subprocesses it ran. 0 where /proc is not there.
 */
export function childrenCpuSeconds(): number {
  try {
    const stat = Deno.readTextFileSync("/proc/self/stat");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // cutime and cstime are fields 16 and 17 of proc(5)'s stat; this list starts at field 3
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const ticksPerSecond = 100;
