using OpenCsc.Trackers;

namespace OpenCsc.Tests.Trackers;

public class WriteTrackerCsvTests
{
    [Fact]
    public void Cells_AreQuotedWhenTheyMustBe_AndFormulasEscaped()
    {
        var item = new TrackerItem(ItemKind.Assessment, 9, 42, "=HYPERLINK(\"x\")", "O'Neil, \"Jo\"", 3, "Ann Worker", 4, "Team A", null, null,
            new DateOnly(2026, 5, 1), "Started", new DateOnly(2026, 7, 3), TrackerState.Future, 0);

        string csv = WriteTrackerCsv.Write([item]);

        Assert.Equal(
            WriteTrackerCsv.Header + "\r\n"
            + "Assessment,42,\"'=HYPERLINK(\"\"x\"\")\",\"O'Neil, \"\"Jo\"\"\",Ann Worker,Team A,,Started,2026-05-01,2026-07-03,Future,0\r\n",
            csv);
    }
}
