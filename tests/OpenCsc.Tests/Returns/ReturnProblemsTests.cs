using System.Globalization;
using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns;

/// <summary>A file's problems are listed up to a limit and counted in full, so a junk file cannot fill the server's memory.</summary>
public class ReturnProblemsTests
{
    private static ReturnProblem Error(int line) => new("f.csv", line, null, "X", "v", "w");

    private static ReturnProblem Warning(int line) => Error(line) with { Severity = ReturnProblemSeverity.Warning };

    [Fact]
    public void Beyond_the_limit_problems_are_counted_but_not_kept()
    {
        // Arrange: 2,500 errors and 1,500 warnings, alternating while both last
        var problems = new ReturnProblems();
        for (int i = 1; i <= 2500; i++)
        {
            problems.Add(Error(i));
            if (i <= 1500)
            {
                problems.Add(Warning(i));
            }
        }

        // Assert: the first 1,000 of each are listed, in the order found; every one is counted
        Assert.Equal(1000, ReturnProblems.DefaultLimit);
        Assert.Equal(2500, problems.ErrorCount);
        Assert.Equal(1500, problems.WarningCount);
        Assert.Equal(4000, problems.Total);
        Assert.Equal(2000, problems.Count);
        Assert.Equal(Enumerable.Range(1, 1000), problems.Errors.Select(p => p.Line!.Value));
        Assert.Equal(Enumerable.Range(1, 1000), problems.Warnings.Select(p => p.Line!.Value));
        ListedProblems warnings = problems.ListedWarnings();
        Assert.Equal((1000, 1500), (warnings.Count, warnings.Total));
        Assert.Equal(1500, ReturnProblems.TotalOf(warnings));
    }

    [Fact]
    public void A_rejection_lists_the_errors_first_found_then_warnings_up_to_the_limit_and_counts_all()
    {
        // Arrange: a warning, then 3 errors, then 5 warnings, with a limit of 4
        var problems = new ReturnProblems(limit: 4);
        problems.Add(Warning(1));
        problems.AddRange([Error(2), Error(3), Error(4)]);
        problems.AddRange(Enumerable.Range(5, 5).Select(Warning));

        // Act
        ReturnReadException rejected = Assert.Throws<ReturnReadException>(problems.ThrowIfErrors);

        // Assert: the 3 errors take 3 of the 4 places; the first warning found takes the last, in the order found
        Assert.Equal([1, 2, 3, 4], rejected.Problems.Select(p => p.Line!.Value));
        Assert.Equal((3, 6, 9), (rejected.ErrorCount, rejected.WarningCount, rejected.Total));
        Assert.Contains("3 error(s), 6 warning(s)", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_junk_table_of_5000_rows_is_rejected_listing_1000_problems_and_counting_5000()
    {
        // Arrange: an episodes header, then 5,000 rows of two fields each (one problem a row: 13 fields expected)
        using var folder = new TempFolder();
        var text = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
        for (int i = 0; i < 5000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"junk{i},junk\r\n");
        }

        folder.Write("episodes.csv", text.ToString());

        // Act
        ReturnReadException rejected = Assert.Throws<ReturnReadException>(
            () => Ssda903CsvReader.ReadFolder(folder.Path, new Ssda903ReadOptions { Year = new CollectionYear(2023) }));

        // Assert: lines 2 to 1,001 listed; all 5,000 counted
        Assert.Equal(5000, rejected.ErrorCount);
        Assert.Equal(1000, rejected.Problems.Count);
        Assert.Equal(2, rejected.Problems[0].Line);
        Assert.Equal(1001, rejected.Problems[^1].Line);
    }
}
