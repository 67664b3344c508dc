using OpenCsc.Returns.AnnexA;

namespace OpenCsc.IntegrationTests.Returns.AnnexA;

public sealed class AnnexAWriterTests
{
    [Fact]
    public async Task Writing_ThatFailsPartWay_LeavesNothingInTheOutput()
    {
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<IOException>(() => AnnexAWriter.WriteAsync(output, FailingSheets(), TestContext.Current.CancellationToken));

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task TextWithCharactersXmlCannotHold_IsWrittenWithoutBreakingTheFile()
    {
        using var output = new MemoryStream();
        AnnexASheet sheet = new("List 1", ["Child Unique ID", "Date of Birth"], Rows([["A\u0001B\uD800", new DateOnly(2020, 2, 29)]]));

        await AnnexAWriter.WriteAsync(output, [sheet], TestContext.Current.CancellationToken);

        output.Position = 0;
        var row = Assert.Single(Assert.Single(AnnexAWorkbook.Read(output)).Rows);
        Assert.Equal("A\uFFFDB\uFFFD", row["Child Unique ID"].Text);
        Assert.Equal(new DateOnly(2020, 2, 29), row["Date of Birth"].Date);
    }

    private static IEnumerable<AnnexASheet> FailingSheets()
    {
        yield return new AnnexASheet("List 1", ["Child Unique ID"], Rows([["C1"]]));
        yield return new AnnexASheet("List 2", ["Child Unique ID"], Throwing());
    }

    private static async IAsyncEnumerable<AnnexACell[]> Rows(AnnexACell[][] rows)
    {
        foreach (AnnexACell[] row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static async IAsyncEnumerable<AnnexACell[]> Throwing()
    {
        await Task.Yield();
        yield return ["C2"];
        throw new IOException("The database went away.");
    }
}
