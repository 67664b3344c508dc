using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Returns.AnnexA;
using static OpenCsc.IntegrationTests.Returns.AnnexA.AnnexABorough;

namespace OpenCsc.IntegrationTests.Returns.AnnexA;

[Trait("Category", TestCategories.Slow)]
public sealed class AnnexAExportTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Workbook_HasElevenSheetsNamedList1ToList11_InOrder(Engine engine)
    {
        var sheets = await ExportBoroughAsync(engine);

        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"List {i}"), sheets.Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EverySheet_HeaderRow_IsTheSchemaColumnsExactly_InBold(Engine engine)
    {
        AnnexASchema schema = AnnexASchema.Load();
        var sheets = await ExportBoroughAsync(engine);

        Assert.Equal(11, schema.Columns.Count);
        for (int i = 0; i < 11; i++)
        {
            Assert.Equal(schema.Columns[i], sheets[i].Headings);
            Assert.All(sheets[i].Header, h => Assert.True(h.IsBold, $"{sheets[i].Name} heading '{h.Text}' is not bold"));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EveryCategoryCell_HoldsACodeTheSchemaListsForItsColumn(Engine engine)
    {
        AnnexASchema schema = AnnexASchema.Load();
        var sheets = await ExportBoroughAsync(engine, extraChildren: 1);

        int checkedCells = 0;
        for (int list = 1; list <= 11; list++)
        {
            foreach (var row in sheets[list - 1].Rows)
            {
                foreach ((string column, ReadCell cell) in row)
                {
                    // The model holds placing LAs as DfE codes: only the authority's own is written as its name.
                    if (schema.CategoriesOf(list, column) is not { } codes || (column == "LA of Placement" && cell.Text is "304" or "301"))
                    {
                        continue;
                    }

                    Assert.True(cell.Text is not null && codes.Contains(cell.Text),
                        $"List {list} '{column}': '{cell.Text}' is not one of the schema's codes ({string.Join(" | ", codes)})");
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 100, $"Only {checkedCells} category cells were checked.");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Contacts_InTheSixMonthsBeforeTheAsOfDate_AreListed_EarlierOnesAreNot(Engine engine)
    {
        ReadSheet list1 = (await ExportBoroughAsync(engine))[0];

        var alice = list1.SingleRowFor(Alice);
        Assert.Equal(new DateOnly(2026, 3, 10), alice["Date of Contact"].Date);
        Assert.Equal("b) Schools", alice["Contact Source"].Text);
        Assert.Equal("b) Female", alice["Gender"].Text);
        Assert.Equal("a) White", alice["Ethnicity"].Text);
        Assert.Equal(new DateOnly(2015, 3, 2), alice["Date of Birth"].Date);
        Assert.Equal(11, alice["Age of Child (Years)"].Number);
        Assert.Equal(2, list1.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EarlyHelpAssessments_StartedOrCompletedInTheWindow_AreListed(Engine engine)
    {
        ReadSheet list2 = (await ExportBoroughAsync(engine))[1];

        var ivy = list2.SingleRowFor(Ivy);
        Assert.Equal(new DateOnly(2026, 2, 1), ivy["Assessment start date"].Date);
        Assert.Equal(new DateOnly(2026, 2, 20), ivy["Assessment completion date"].Date);
        Assert.Equal("Top Town Academy", ivy["Organisation completing assessment"].Text);
        Assert.Single(list2.Rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Referrals_InThe12MonthsBeforeTheAsOfDate_AreListed_OneThirteenMonthsBeforeIsNot(Engine engine)
    {
        ReadSheet list3 = (await ExportBoroughAsync(engine))[2];

        var alice = list3.SingleRowFor(Alice);
        Assert.Equal(new DateOnly(2026, 3, 11), alice["Date of referral"].Date);
        Assert.Equal("b) Schools", alice["Referral Source"].Text);
        Assert.Equal("No", alice["Referral NFA?"].Text);
        Assert.Equal(1, alice["Number of Referrals in Last 12 Months"].Number);
        Assert.Equal("Assessment Team", alice["Allocated Team"].Text);
        Assert.Equal("Sam Worker", alice["Allocated Worker"].Text);

        var dan = list3.SingleRowFor(Dan);
        Assert.Equal(new DateOnly(2025, 10, 1), dan["Date of referral"].Date);
        Assert.Equal("d) Health services", dan["Referral Source"].Text);
        Assert.Equal(1, dan["Number of Referrals in Last 12 Months"].Number);
        Assert.Equal("Assessment Team", dan["Allocated Team"].Text);
        Assert.Equal("e) Housing", list3.SingleRowFor(Ed)["Referral Source"].Text);
        Assert.Empty(list3.RowsFor(Ben));
        Assert.Equal(3, list3.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AssessmentSection47AndCpPlan_InTheWindow_AreListedWithTheirDerivedColumns(Engine engine)
    {
        var sheets = await ExportBoroughAsync(engine);

        var assessment = sheets[3].SingleRowFor(Alice);
        Assert.Equal("Yes", assessment["Does the Child have a Disability"].Text);
        Assert.Equal(new DateOnly(2026, 3, 12), assessment["Continuous Assessment Start Date"].Date);
        Assert.Equal("Yes", assessment["Child Seen During Continuous Assessment"].Text);
        Assert.Equal(new DateOnly(2026, 4, 1), assessment["Continuous Assessment Date of Authorisation"].Date);
        Assert.Equal("Yes", assessment["Was the child assessed as requiring LA children's social care support?"].Text);
        Assert.Single(sheets[3].Rows);

        var enquiry = sheets[4].SingleRowFor(Alice);
        Assert.Equal(new DateOnly(2026, 4, 2), enquiry["Strategy discussion initiating Section 47 Enquiry Start Date"].Date);
        Assert.Equal("No", enquiry["Was an Initial Child Protection Conference deemed unnecessary?"].Text);
        Assert.Equal(new DateOnly(2026, 4, 20), enquiry["Date of Initial Child Protection Conference"].Date);
        Assert.Equal("Yes", enquiry["Did the Initial Child Protection Conference Result in a Child Protection Plan"].Text);
        Assert.Equal(1, enquiry["Number of Section 47 Enquiries in the last 12 months"].Number);
        Assert.Equal(1, enquiry["Number of ICPCs in the last 12 months"].Number);

        var plan = sheets[6].SingleRowFor(Alice);
        Assert.Equal(new DateOnly(2026, 4, 20), plan["Child Protection Plan Start Date"].Date);
        Assert.Equal("a) Neglect", plan["Initial Category of Abuse"].Text);
        Assert.Equal("d) Emotional Abuse", plan["Latest Category of Abuse"].Text);
        Assert.Equal(new DateOnly(2026, 6, 24), plan["Date of the Last Statutory Visit"].Date);
        Assert.Equal("Yes", plan["Was the Child Seen Alone?"].Text);
        Assert.Equal(new DateOnly(2026, 6, 15), plan["Date of latest review conference"].Date);
        Assert.False(plan.ContainsKey("Child Protection Plan End Date"));
        Assert.Equal("Yes", plan["Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"].Text);
        Assert.Equal(0, plan["Number of Previous Child Protection Plans"].Number);
        Assert.Equal("Sam Worker", plan["Allocated Worker"].Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChildrenInNeed_OpenOrClosedInTheSixMonths_AreListedWithTheirCaseStatus(Engine engine)
    {
        ReadSheet list6 = (await ExportBoroughAsync(engine))[5];

        var alice = list6.SingleRowFor(Alice);
        Assert.Equal("b) Child Protection plan", alice["Case Status"].Text);
        Assert.Equal("a) Abuse or neglect", alice["Primary Need Code"].Text);
        Assert.Equal(new DateOnly(2026, 6, 24), alice["Date Child Was Last Seen"].Date);
        Assert.Equal("a) Looked after child", list6.SingleRowFor(Ben)["Case Status"].Text);
        Assert.Equal("Unknown", list6.SingleRowFor(Ben)["Does the Child have a Disability"].Text);

        var dan = list6.SingleRowFor(Dan);
        Assert.Equal("e) Closed episode", dan["Case Status"].Text);
        Assert.Equal(new DateOnly(2026, 2, 1), dan["CIN Closure Date"].Date);
        Assert.Equal("h) Child not in need after assessment", dan["Reason for Closure"].Text);
        Assert.Equal("No", dan["Does the Child have a Disability"].Text);
        Assert.Empty(list6.RowsFor(Ed));
        Assert.Equal(3, list6.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChildrenInCare_InCareOrLeftInThe12Months_AreListed_ThoseWhoLeftEarlierAreNot(Engine engine)
    {
        ReadSheet list8 = (await ExportBoroughAsync(engine))[7];

        Assert.Equal([Ben, Cara, Gina], list8.Rows.Select(r => r["Child Unique ID"].Text).Order());
        Assert.Empty(list8.RowsFor(Dev));
        Assert.Empty(list8.RowsFor(Hugo));

        var ben = list8.SingleRowFor(Ben);
        Assert.Equal("a) Male", ben["Gender"].Text);
        Assert.Equal("d) Black or black British", ben["Ethnicity"].Text);
        Assert.Equal("No", ben["Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"].Text);
        Assert.Equal(new DateOnly(2024, 1, 10), ben["Date Started to be Looked After"].Date);
        Assert.Equal("d) Family in acute stress", ben["Child's Category of Need"].Text);
        Assert.Equal("No", ben["Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"].Text);
        Assert.Equal(new DateOnly(2024, 9, 1), ben["Start date of current legal status"].Date);
        Assert.Equal("b) Full care orders", ben["Child's Legal Status"].Text);
        Assert.Equal(new DateOnly(2026, 5, 1), ben["Date of Latest Statutory Review"].Date);
        Assert.Equal(new DateOnly(2026, 6, 1), ben["Date of Last Social Work Visit"].Date);
        Assert.Equal("f) Long-term fostering", ben["What is the permanence plan for this child?"].Text);
        Assert.Equal(new DateOnly(2026, 5, 1), ben["Date of Last IRO Visit / Contact to the Child"].Date);
        Assert.Equal(new DateOnly(2026, 2, 1), ben["Date of Last Health Assessment"].Date);
        Assert.Equal(new DateOnly(2026, 3, 1), ben["Date of Last Dental Check"].Date);
        Assert.Equal(2, ben["Number of Placements in the Last 12 months"].Number);
        Assert.False(ben.ContainsKey("Date Ceased to be Looked After"));
        Assert.Equal(new DateOnly(2025, 10, 1), ben["Start Date of Most Recent Placement"].Date);
        Assert.Equal("a) Foster placement", ben["Placement Type"].Text);
        Assert.Equal("b) Private", ben["Placement Provider"].Text);
        Assert.Equal("EN5 1AA", ben["Placement postcode"].Text);
        Assert.Equal("SC123456", ben["URN of Placement"].Text);
        Assert.Equal("a) In", ben["Placement Location"].Text);
        Assert.Equal("Barnet", ben["LA of Placement"].Text);
        Assert.Equal(1, ben["Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"].Number);
        Assert.Equal(1, ben["Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"].Number);
        Assert.Equal("Yes", ben["Was the child offered a Return Interview after their last missing episode (Y/N)?"].Text);
        Assert.Equal("Yes", ben["Did the child accept a Return Interview after their last missing episode (Y/N)?"].Text);
        Assert.Equal("Children in Care Team", ben["Allocated Team"].Text);
        Assert.Equal("Cleo Jones", ben["Allocated Worker"].Text);

        var cara = list8.SingleRowFor(Cara);
        Assert.Equal(new DateOnly(2025, 7, 30), cara["Date Ceased to be Looked After"].Date);
        Assert.Equal("d) Returned home to live with parents or relatives", cara["Reason Ceased to be Looked After"].Text);
        Assert.Equal("b) Out", cara["Placement Location"].Text);
        Assert.Equal(1, cara["Number of Placements in the Last 12 months"].Number);

        var gina = list8.SingleRowFor(Gina);
        Assert.Equal("d) Placement order granted", gina["Child's Legal Status"].Text);
        Assert.Equal(new DateOnly(2025, 11, 1), gina["Start date of current legal status"].Date);
        Assert.Equal("b) Adoption", gina["What is the permanence plan for this child?"].Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CareLeavers_Aged16To25_AreListedWithTheirLatestStatus(Engine engine)
    {
        ReadSheet list9 = (await ExportBoroughAsync(engine))[8];

        var eve = Assert.Single(list9.Rows);
        Assert.Equal(Eve, eve["Child Unique ID"].Text);
        Assert.Equal(19, eve["Age of Child (Years)"].Number);
        Assert.Equal("c) Asian or Asian British", eve["Ethnicity"].Text);
        Assert.Equal("Yes", eve["Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"].Text);
        Assert.Equal("Leaving Care Team", eve["Allocated Team"].Text);
        Assert.Equal("Pat Adviser", eve["Allocated Personal Advisor"].Text);
        Assert.Equal("b) Former relevant", eve["Eligibility Category"].Text);
        Assert.Equal(new DateOnly(2026, 4, 1), eve["Latest Pathway Plan Review Date"].Date);
        Assert.Equal("a) In touch", eve["LA in Touch"].Text);
        Assert.Equal(new DateOnly(2026, 5, 20), eve["Latest Date of Contact"].Date);
        Assert.Equal("k) Independent living", eve["Type of Accommodation"].Text);
        Assert.Equal("a) Suitable", eve["Suitability of Accommodation"].Text);
        Assert.Equal("G5: Not in education, employment or training - other", eve["Activity Status"].Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AdoptionsAndAdopters_LiveInThe12Months_AreListed_ThoseFinishedEarlierAreNot(Engine engine)
    {
        var sheets = await ExportBoroughAsync(engine);

        var gina = Assert.Single(sheets[9].Rows);
        Assert.Equal(Gina, gina["Child Unique ID"].Text);
        Assert.Equal("FAM-1", gina["Family identifier"].Text);
        Assert.Equal(4, gina["Age of Child (Years)"].Number);
        Assert.Equal(new DateOnly(2023, 1, 1), gina["Date the Child Entered Care"].Date);
        Assert.Equal(new DateOnly(2025, 9, 1), gina["Date of Decision that Child Should be Placed for Adoption"].Date);
        Assert.Equal(new DateOnly(2025, 11, 1), gina["Date of Placement Order"].Date);
        Assert.Equal(new DateOnly(2026, 2, 1), gina["Date of Matching Child and Prospective Adopters"].Date);
        Assert.Equal(new DateOnly(2026, 3, 1), gina["Date Placed for Adoption"].Date);
        Assert.False(gina.ContainsKey("Date of Adoption Order"));

        ReadSheet list11 = sheets[10];
        Assert.Equal(["ADP-1", "ADP-LEFT"], list11.Rows.Select(r => r["Individual adopter identifier"].Text).Order());
        var inProcess = list11.SingleRowFor("ADP-1");
        Assert.Equal("b) Female", inProcess["Gender"].Text);
        Assert.Equal("No", inProcess["Disability"].Text);
        Assert.Equal("Yes", inProcess["Is the (prospective) adopter fostering for adoption?"].Text);
        Assert.Equal(new DateOnly(2025, 10, 1), inProcess["Date enquiry received"].Date);
        Assert.Equal(new DateOnly(2025, 11, 1), inProcess["Date Stage 1 started"].Date);
        var left = list11.SingleRowFor("ADP-LEFT");
        Assert.Equal("a) Male", left["Gender"].Text);
        Assert.Equal("Unknown", left["Disability"].Text);
        Assert.Equal(new DateOnly(2025, 12, 1), left["Date of leaving adoption process"].Date);
        Assert.Equal("a) Withdrew", left["Reason for leaving adoption process"].Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Dates_AreNumericCellsWithADateFormat_AndNumbersAreNumbers(Engine engine)
    {
        var sheets = await ExportBoroughAsync(engine);

        ReadCell contactDate = sheets[0].SingleRowFor(Alice)["Date of Contact"];
        Assert.Null(contactDate.Text);
        Assert.Equal(46091, contactDate.Number); // 10 March 2026 in Excel's 1900 date system
        Assert.True(contactDate.IsDateFormatted);
        ReadCell age = sheets[0].SingleRowFor(Alice)["Age of Child (Years)"];
        Assert.Null(age.Text);
        Assert.False(age.IsDateFormatted);
        Assert.All(sheets.SelectMany(s => s.Rows).SelectMany(r => r.Values), c => Assert.False(c.HasFormula));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TextThatLooksLikeAFormula_IsWrittenAsText_NotStartingWithEquals(Engine engine)
    {
        ReadSheet list1 = (await ExportBoroughAsync(engine))[0];

        var row = Assert.Single(list1.Rows, r => r["Child Unique ID"].Text!.Contains("HYPERLINK", StringComparison.Ordinal));
        ReadCell id = row["Child Unique ID"];
        Assert.Equal("'" + FormulaChild, id.Text);
        Assert.False(id.HasFormula);
        Assert.Equal("j) Anonymous", row["Contact Source"].Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Export_RunsTheSameNumberOfQueries_WhateverTheNumberOfChildren(Engine engine)
    {
        (int small, int smallRows) = await CountQueriesAsync(engine, extraChildren: 1);
        (int large, int largeRows) = await CountQueriesAsync(engine, extraChildren: 12);

        Assert.Equal(small, large);
        Assert.True(largeRows >= smallRows + 11 * 10, $"{largeRows} rows for 12 extra children against {smallRows} for 1");
    }

    [Fact]
    public async Task Export_ToAStreamThatCannotSeek_WritesTheSameWorkbook()
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            await InsertAsync(db, Ct);
        }

        await using AppDbContext reader = AppDatabase.CreateContext(settings);
        using var buffer = new MemoryStream();
        await AnnexAExport.WriteAsync(reader, AsOf, new ForwardOnlyStream(buffer), Ct);

        buffer.Position = 0;
        var sheets = AnnexAWorkbook.Read(buffer);
        Assert.Equal(11, sheets.Count);
        Assert.Equal(2, sheets[0].Rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Workbook_IsValidSpreadsheetMl(Engine engine)
    {
        byte[] xlsx = await ExportBoroughBytesAsync(engine, extraChildren: 1);

        Assert.Empty(AnnexAWorkbook.Validate(new MemoryStream(xlsx)));
    }

    private async Task<IReadOnlyList<ReadSheet>> ExportBoroughAsync(Engine engine, int extraChildren = 0) =>
        AnnexAWorkbook.Read(new MemoryStream(await ExportBoroughBytesAsync(engine, extraChildren)));

    private async Task<byte[]> ExportBoroughBytesAsync(Engine engine, int extraChildren)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            await InsertAsync(db, Ct, extraChildren);
        }

        await using AppDbContext reader = AppDatabase.CreateContext(settings);
        using var xlsx = new MemoryStream();
        await AnnexAExport.WriteAsync(reader, AsOf, xlsx, Ct);
        return xlsx.ToArray();
    }

    private async Task<(int Queries, int Rows)> CountQueriesAsync(Engine engine, int extraChildren)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            await InsertAsync(db, Ct, extraChildren);
        }

        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDatabase.Configure(options, settings);
        options.AddInterceptors(counter);
        await using var reader = new AppDbContext(options.Options);
        using var xlsx = new MemoryStream();
        await AnnexAExport.WriteAsync(reader, AsOf, xlsx, Ct);
        xlsx.Position = 0;
        return (counter.Count, AnnexAWorkbook.Read(xlsx).Sum(s => s.Rows.Count));
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count++;
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>A stream that only writes forwards, like an HTTP response body.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
