using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Tests.Returns.Validation.Ssda903;

public sealed class Ssda903ProviderInfoTests
{
    private static ReturnTable Read(string text) =>
        Ssda903ProviderInfo.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "providers.csv");

    [Fact]
    public void TheDfEValidatorsColumns_AreReadAsWritten_AndDatesHeldAsDayMonthYear()
    {
        ReturnTable table = Read("URN,PLACE_CODES,PROVIDER_CODES,REG_END,POSTCODE,LA_CODE_INFERRED\nSC000001,\"K2,R1\",PR4,2026-06-15,N1 1AA,E09000001\nSC000002,K1,PR1,15/6/2026 00:00:00,,\n");

        Assert.Equal(Ssda903ProviderInfo.TableName, table.Name);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(("K2,R1", "15/06/2026", "15/06/2026"), (table["PLACE_CODES"][0], table["REG_END"][0], table["REG_END"][1]));
        Assert.Equal(new DateOnly(2026, 6, 15), table["REG_END"].Date(1));
    }

    [Fact]
    public void TheOfstedListsHeadings_AreReadAsTheValidatorsColumns()
    {
        ReturnTable table = Read("\uFEFFURN,Local authority,Placement code,Placement provider code,Deregistration date,Setting address postcode\nSC000001,Camden,K2,PR3/PR4,,N1 1AA\n");

        Assert.Equal(["URN", "LOCAL AUTHORITY", "PLACE_CODES", "PROVIDER_CODES", "REG_END", "POSTCODE"], table.ColumnNames);
        Assert.Equal(["PR3", "PR4"], Ssda903ProviderInfo.Codes(table["PROVIDER_CODES"][0]).Order());
    }

    [Fact]
    public void ABadDate_NamesTheFileLineAndColumn()
    {
        ReturnReadException rejected = Assert.Throws<ReturnReadException>(() => Read("URN,Deregistration date\nSC000001,\nSC000002,next week\n"));

        ReturnProblem problem = Assert.Single(rejected.Problems);
        Assert.Equal(("providers.csv", (int?)3, "Deregistration date", "next week"), (problem.File, problem.Line, problem.Field, problem.Value));
        Assert.Contains("providers.csv line 3: Deregistration date 'next week'", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PLACE_CODES,POSTCODE\nK2,N11AA\n", "URN")]
    [InlineData("URN,POSTCODE,Setting postcode\nSC000001,N11AA,N11AA\n", "Setting postcode")]
    [InlineData("", "")]
    public void AFileWithoutAUrnColumn_ARepeatedColumn_OrNothing_IsRejected(string text, string field)
    {
        ReturnReadException rejected = Assert.Throws<ReturnReadException>(() => Read(text));

        Assert.Equal(field, rejected.Problems[0].Field);
    }

    [Fact]
    public void AMissingFile_IsRejected_NamingIt()
    {
        string path = Path.Combine(Path.GetTempPath(), "opencsc-no-such-providers.csv");

        ReturnReadException rejected = Assert.Throws<ReturnReadException>(() => Ssda903ProviderInfo.Load(path, new ReturnTables()));

        Assert.Equal(path, rejected.Problems[0].File);
    }
}
