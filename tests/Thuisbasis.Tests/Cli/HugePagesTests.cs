using Thuisbasis.Cli;

namespace Thuisbasis.Tests.Cli;

/// <summary>
/// Which part of <c>/proc/self/maps</c> the huge-page window may cover: only the GC's large reservation, never a
/// file, a gap or a short run of mappings that could end in another thread's stack guard.
/// </summary>
public sealed class HugePagesTests
{
    private const long MiB = 1L << 20;

    // A layout as the server GC leaves it at start-up: a thread stack with its guard page below the reservation, the
    // first gen0 region (committed a few pages at a time), then 256 GiB reserved, then a file-backed library.
    private static readonly string[] Layout =
    [
        "7f6d60000000-7f6d60001000 ---p 00000000 00:00 0 ",
        "7f6d60001000-7f6d60801000 rw-p 00000000 00:00 0 ",
        "7f6e11c00000-7f6e11c11000 rw-p 00000000 00:00 0 ",
        "7f6e11c11000-7f6e13c00000 ---p 00000000 00:00 0 ",
        "7f6e13c00000-7f6e13c01000 rw-p 00000000 00:00 0 ",
        "7f6e13c01000-7fae11b32000 ---p 00000000 00:00 0 ",
        "7fae11b33000-7fae12333000 rw-p 00000000 00:00 0 ",
        "7fae1250b000-7fae12518000 r-xp 00000000 fe:00 331651                     /usr/lib/x86_64-linux-gnu/libc.so.6",
        "7ffccabd1000-7ffccabf2000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void MapsLinesAreReadWithTheirAddressesPermissionsAndWhetherTheyAreAnonymous()
    {
        var maps = HugePages.ParseMaps(Layout);

        Assert.Equal(Layout.Length, maps.Count);
        Assert.Equal(new HugePages.Mapping(0x7f6e11c00000, 0x7f6e11c11000, "rw-p", true), maps[2]);
        Assert.Equal("---p", maps[5].Permissions);
        Assert.Equal(0x7fae11b32000 - 0x7f6e13c01000, maps[5].Length);
        Assert.False(maps[7].Anonymous); // a library
        Assert.False(maps[8].Anonymous); // [stack] has a name, even though its inode is 0
    }

    [Fact]
    public void TheWindowStartsAtTheRegionOfTheFirstObjectAndStaysInsideTheReservation()
    {
        var maps = HugePages.ParseMaps(Layout);

        var plan = HugePages.Plan(maps, 0x7f6e11c08010, 2048 * MiB);

        Assert.NotNull(plan);
        Assert.Equal(0x7f6e11c00000, plan.Start);
        Assert.Equal(0x7f6e11c00000 + 2048 * MiB, plan.End);
        Assert.True(plan.End <= 0x7fae11b32000);
        // Only the reserved parts are made usable, the last one up to the window's end.
        Assert.Equal([(0x7f6e11c11000, 0x7f6e13c00000), (0x7f6e13c01000, plan.End)], plan.Reserved);
    }

    [Fact]
    public void NoWindowWhenTheObjectIsNotInAnAnonymousReadWriteMapping()
    {
        var maps = HugePages.ParseMaps(Layout);

        Assert.Null(HugePages.Plan(maps, 0x7f6e11c20000, 64 * MiB)); // reserved, not yet usable
        Assert.Null(HugePages.Plan(maps, 0x7fae1250c000, 64 * MiB)); // inside a library
        Assert.Null(HugePages.Plan(maps, 0x7ffccabd2000, 64 * MiB)); // the main thread's stack
        Assert.Null(HugePages.Plan(maps, 0x10, 64 * MiB));           // not mapped at all
    }

    [Fact]
    public void NoWindowWhenLessThanTheWindowFollowsWithoutAGap()
    {
        var maps = HugePages.ParseMaps(Layout);

        // A thread stack with 8 MiB after its start: too short to be the GC's reservation.
        Assert.Null(HugePages.Plan(maps, 0x7f6d60002000, 64 * MiB));
        // The reservation ends one page before the next mapping: a window past its end is refused, not stretched.
        Assert.Null(HugePages.Plan(maps, 0x7f6e11c08010, 0x7fae11b33000 - 0x7f6e11c00000 + 4096));
    }

    [Fact]
    public void AReservedPartSmallerThanAHugePageIsLeftAlone()
    {
        // A thread stack's guard page inside the run is never made writable.
        string[] layout =
        [
            "7f0000000000-7f0000010000 rw-p 00000000 00:00 0 ",
            "7f0000010000-7f0000011000 ---p 00000000 00:00 0 ",
            "7f0000011000-7f0000811000 rw-p 00000000 00:00 0 ",
            "7f0000811000-7f0100000000 ---p 00000000 00:00 0 ",
        ];

        var plan = HugePages.Plan(HugePages.ParseMaps(layout), 0x7f0000000100, 64 * MiB);

        Assert.NotNull(plan);
        Assert.Equal([(0x7f0000811000, 0x7f0000000000 + 64 * MiB)], plan.Reserved);
    }

    [Fact]
    public void AFileMappingInTheWayEndsTheRun()
    {
        string[] layout =
        [
            "7f0000000000-7f0000010000 rw-p 00000000 00:00 0 ",
            "7f0000010000-7f0000400000 ---p 00000000 00:00 0 ",
            "7f0000400000-7f0000500000 rw-p 00000000 fe:00 12345                      /tmp/some.file",
            "7f0000500000-7f0100000000 ---p 00000000 00:00 0 ",
        ];

        Assert.Null(HugePages.Plan(HugePages.ParseMaps(layout), 0x7f0000000100, 64 * MiB));
        Assert.NotNull(HugePages.Plan(HugePages.ParseMaps(layout), 0x7f0000000100, 4 * MiB));
    }

    [Fact]
    public void TheEnvironmentSwitchTurnsItOffBeforeAnyMappingIsTouched()
    {
        // Only the switch is tried in this (test) process: it must answer before any mapping is read or changed. The
        // window itself is applied, and checked, in the native build test's child processes.
        var before = Environment.GetEnvironmentVariable("THUISBASIS_HUGEPAGES");
        Environment.SetEnvironmentVariable("THUISBASIS_HUGEPAGES", "0");
        try
        {
            var said = HugePages.Advise();
            Assert.StartsWith("off:", said);
            if (OperatingSystem.IsLinux() && IntPtr.Size == 8) Assert.Equal("off: THUISBASIS_HUGEPAGES=0", said);
        }
        finally
        {
            Environment.SetEnvironmentVariable("THUISBASIS_HUGEPAGES", before);
        }
    }
}
