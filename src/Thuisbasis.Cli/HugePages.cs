using System.Globalization;
using System.Runtime.InteropServices;

namespace Thuisbasis.Cli;

/// <summary>
/// On Linux, asks the kernel to back the garbage-collected heap with 2 MiB pages (transparent huge pages), as Java's
/// <c>-XX:+UseTransparentHugePages</c> does for its heap.
/// </summary>
/// <remarks>
/// <para>
/// A build fills tens to hundreds of MiB of fresh memory. With 4 KiB pages every page costs the kernel a fault on first
/// use, and in a virtual machine each fault is expensive: on the 2-core build VM this project is measured on, a
/// 1,000-story build spent about 40% of its CPU time there. With 2 MiB pages there are 512 times fewer faults.
/// </para>
/// <para>
/// Most distributions set <c>/sys/kernel/mm/transparent_hugepage/enabled</c> to <c>madvise</c>: only memory marked
/// with <c>madvise(MADV_HUGEPAGE)</c> gets huge pages. .NET has no setting for that, and marking alone is not enough:
/// the GC makes its reserved address range usable a few pages at a time, each step with its own
/// <c>mprotect</c> and <c>madvise(MADV_DODUMP)</c>, so the kernel never sees a whole aligned 2 MiB block in one
/// mapping when the memory is first touched. This class therefore makes a window of the GC's reservation (starting
/// at the region the first object lives in) readable, writable and dumpable up front, and marks it for huge pages.
/// No memory is used until it is touched; the GC's own later <c>mprotect</c> and <c>madvise</c> calls on the window
/// change nothing; a region the GC gives back (<c>mmap</c> with <c>PROT_NONE</c>) simply leaves the window.
/// </para>
/// <para>
/// It does nothing when huge pages are switched off, when the kernel is in strict overcommit mode (the window would
/// count against the commit limit), when the address range after the first object is not one large reservation,
/// or when <c>THUISBASIS_HUGEPAGES=0</c> is set. Any failure leaves the process as it was.
/// </para>
/// </remarks>
public static class HugePages
{
    /// <summary>The part of the GC's reservation made ready for huge pages. Address space only: nothing is used until touched.</summary>
    public const long DefaultWindow = 2L << 30;

    private const long TwoMiB = 2L << 20;
    private const int ProtRead = 1, ProtWrite = 2;
    private const int MadvHugePage = 14, MadvDoDump = 17;

    internal readonly record struct Mapping(long Start, long End, string Permissions, bool Anonymous)
    {
        public long Length => End - Start;
    }

    /// <summary>Applies the huge-page window to this process; returns what it did, or why not, for diagnostics.</summary>
    public static string Advise()
    {
        try
        {
            if (!OperatingSystem.IsLinux() || IntPtr.Size != 8) return "off: not 64-bit Linux";
            if (Environment.GetEnvironmentVariable("THUISBASIS_HUGEPAGES") == "0") return "off: THUISBASIS_HUGEPAGES=0";
            var enabled = ReadOrNull("/sys/kernel/mm/transparent_hugepage/enabled");
            if (enabled is null || enabled.Contains("[never]", StringComparison.Ordinal)) return "off: transparent huge pages are switched off";
            if (ReadOrNull("/proc/sys/vm/overcommit_memory")?.Trim() == "2") return "off: strict overcommit";

            var probe = new byte[16];
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            long address;
            try { address = handle.AddrOfPinnedObject(); }
            finally { handle.Free(); }

            var window = Math.Min(DefaultWindow, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2);
            var plan = Plan(ParseMaps(File.ReadLines("/proc/self/maps")), address, window);
            if (plan is not { } range) return "off: no large reservation after the heap's first region";

            // Order matters: mprotect first (the reserved parts join the committed ones), then DODUMP (so the GC's
            // DODUMP calls no longer split the mapping), then HUGEPAGE on the mapping that results.
            for (var i = 0; i < range.Reserved.Count; i++)
            {
                var (from, to) = range.Reserved[i];
                if (mprotect((nint)from, (nuint)(to - from), ProtRead | ProtWrite) != 0)
                    return $"{(i == 0 ? "off" : "partly")}: mprotect failed ({Marshal.GetLastPInvokeError()})";
            }
            var (start, length) = ((nint)range.Start, (nuint)range.Length);
            if (madvise(start, length, MadvDoDump) != 0 || madvise(start, length, MadvHugePage) != 0)
                return $"partly: madvise failed ({Marshal.GetLastPInvokeError()})";
            return $"on: {range.Length >> 20} MiB";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException or FormatException)
        {
            return $"off: {e.GetType().Name}";
        }
    }

    /// <summary>
    /// The window to prepare: from the start of the mapping holding <paramref name="address"/>, <paramref name="window"/>
    /// bytes of anonymous private mappings that follow each other without a gap, and the reserved (<c>---p</c>) parts
    /// of it to make usable. Null when the address is not in an anonymous read-write mapping, or when fewer than
    /// <paramref name="window"/> bytes follow it: then it is not the GC's large reservation. A reserved part smaller
    /// than 2 MiB is left as it is: too small for a huge page, and a thread stack's guard page looks like that.
    /// </summary>
    internal static Window? Plan(IReadOnlyList<Mapping> maps, long address, long window)
    {
        var first = -1;
        for (var i = 0; i < maps.Count; i++)
            if (address >= maps[i].Start && address < maps[i].End) { first = i; break; }
        if (first < 0 || !maps[first].Anonymous || maps[first].Permissions != "rw-p") return null;

        var start = maps[first].Start;
        var end = start + window;
        var reached = maps[first].End;
        var reserved = new List<(long Start, long End)>();
        for (var i = first + 1; i < maps.Count && reached < end; i++)
        {
            var m = maps[i];
            if (m.Start != reached || !m.Anonymous || m.Permissions is not ("rw-p" or "---p")) break;
            if (m.Permissions == "---p" && m.Length >= TwoMiB) reserved.Add((m.Start, Math.Min(m.End, end)));
            reached = m.End;
        }
        return reached >= end ? new Window(start, end, reserved) : null;
    }

    internal sealed record Window(long Start, long End, IReadOnlyList<(long Start, long End)> Reserved)
    {
        public long Length => End - Start;
    }

    /// <summary>Reads <c>/proc/self/maps</c> lines: <c>start-end perms offset dev inode [path]</c>.</summary>
    internal static List<Mapping> ParseMaps(IEnumerable<string> lines)
    {
        var maps = new List<Mapping>();
        foreach (var line in lines)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5) continue;
            var dash = fields[0].IndexOf('-');
            if (dash < 0) continue;
            var start = long.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = long.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            // Anonymous: inode 0 and no path ("[heap]", "[stack]" and files have one).
            var anonymous = fields[4] == "0" && (fields.Length < 6 || fields[5].Trim().Length == 0);
            maps.Add(new Mapping(start, end, fields[1], anonymous));
        }
        return maps;
    }

    /// <summary>How much of this process's memory is in huge pages (the <c>AnonHugePages</c> line), for diagnostics.</summary>
    public static string? InUse()
    {
        var rollup = ReadOrNull("/proc/self/smaps_rollup");
        var line = rollup?.Split('\n').FirstOrDefault(l => l.StartsWith("AnonHugePages:", StringComparison.Ordinal));
        return line?["AnonHugePages:".Length..].Trim();
    }

    private static string? ReadOrNull(string path)
    {
        try { return File.Exists(path) ? File.ReadAllText(path) : null; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(nint address, nuint length, int protection);

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);
}
