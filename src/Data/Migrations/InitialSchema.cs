using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BpjsTk.Data.Migrations;

/// <summary>
/// The whole reporting schema. Columns name no store type, so each provider maps the CLR type itself;
/// each provider reads its own identity annotation and ignores the other's.
/// </summary>
[DbContext(typeof(BpjsTkDbContext))]
[SuppressMessage("Performance", "CA1861:Avoid constant arrays as arguments", Justification = "A migration runs once per database.")]
[Migration("20261122000100_InitialSchema")]
internal sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Occupations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                IndonesianName = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Occupations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ParticipantCategories",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                IndonesianName = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ParticipantCategories", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Partners",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Partners", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Programs",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                IndonesianName = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Programs", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Regions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Regions", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Sources",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Publisher = table.Column<string>(maxLength: 200, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                PublishedYear = table.Column<int>(nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sources", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ContributionRules",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Program = table.Column<string>(maxLength: 40, nullable: false),
                Category = table.Column<string>(maxLength: 40, nullable: false),
                RiskClass = table.Column<int>(nullable: true),
                EmployerRatePercent = table.Column<decimal>(precision: 9, scale: 4, nullable: false),
                WorkerRatePercent = table.Column<decimal>(precision: 9, scale: 4, nullable: false),
                MinimumAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                FixedAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                WageCap = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                EffectiveFrom = table.Column<int>(nullable: false),
                LegalBasis = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContributionRules", x => x.Id);
                table.ForeignKey(
                    name: "FK_ContributionRules_ParticipantCategories_Category",
                    column: x => x.Category,
                    principalTable: "ParticipantCategories",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ContributionRules_Programs_Program",
                    column: x => x.Program,
                    principalTable: "Programs",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ProgramEligibilities",
            columns: table => new
            {
                Category = table.Column<string>(maxLength: 40, nullable: false),
                Program = table.Column<string>(maxLength: 40, nullable: false),
                Requirement = table.Column<string>(maxLength: 40, nullable: false),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgramEligibilities", x => new { x.Category, x.Program });
                table.ForeignKey(
                    name: "FK_ProgramEligibilities_ParticipantCategories_Category",
                    column: x => x.Category,
                    principalTable: "ParticipantCategories",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ProgramEligibilities_Programs_Program",
                    column: x => x.Program,
                    principalTable: "Programs",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Provinces",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(fixedLength: true, maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                RegionId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Provinces", x => x.Id);
                table.ForeignKey(
                    name: "FK_Provinces_Regions_RegionId",
                    column: x => x.RegionId,
                    principalTable: "Regions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PartnerPrograms",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                PartnerId = table.Column<int>(nullable: false),
                StartsIn = table.Column<int>(nullable: true),
                EndsIn = table.Column<int>(nullable: true),
                LegalBasis = table.Column<string>(maxLength: 300, nullable: true),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                SourceId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerPrograms", x => x.Id);
                table.ForeignKey(
                    name: "FK_PartnerPrograms_Partners_PartnerId",
                    column: x => x.PartnerId,
                    principalTable: "Partners",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_PartnerPrograms_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id");
            });

        migrationBuilder.CreateTable(
            name: "Regencies",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(fixedLength: true, maxLength: 5, nullable: false),
                CompactCode = table.Column<string>(fixedLength: true, maxLength: 4, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                ProvinceId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Regencies", x => x.Id);
                table.ForeignKey(
                    name: "FK_Regencies_Provinces_ProvinceId",
                    column: x => x.ProvinceId,
                    principalTable: "Provinces",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Offices",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Town = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                RegionId = table.Column<int>(nullable: false),
                RegencyId = table.Column<int>(nullable: false),
                BranchId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offices", x => x.Id);
                table.ForeignKey(
                    name: "FK_Offices_Offices_BranchId",
                    column: x => x.BranchId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Offices_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Offices_Regions_RegionId",
                    column: x => x.RegionId,
                    principalTable: "Regions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PartnerProgramAreas",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PartnerProgramId = table.Column<int>(nullable: false),
                RegionId = table.Column<int>(nullable: true),
                ProvinceId = table.Column<int>(nullable: true),
                RegencyId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerProgramAreas", x => x.Id);
                table.ForeignKey(
                    name: "FK_PartnerProgramAreas_PartnerPrograms_PartnerProgramId",
                    column: x => x.PartnerProgramId,
                    principalTable: "PartnerPrograms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_PartnerProgramAreas_Provinces_ProvinceId",
                    column: x => x.ProvinceId,
                    principalTable: "Provinces",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_PartnerProgramAreas_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_PartnerProgramAreas_Regions_RegionId",
                    column: x => x.RegionId,
                    principalTable: "Regions",
                    principalColumn: "Id");
            });

        migrationBuilder.CreateTable(
            name: "WorkforcePotentials",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RegionId = table.Column<int>(nullable: true),
                ProvinceId = table.Column<int>(nullable: true),
                RegencyId = table.Column<int>(nullable: true),
                Period = table.Column<int>(nullable: false),
                PeriodPrecision = table.Column<string>(maxLength: 40, nullable: false),
                Category = table.Column<string>(maxLength: 40, nullable: true),
                Unit = table.Column<string>(maxLength: 40, nullable: false),
                Count = table.Column<long>(nullable: false),
                IsApproximate = table.Column<bool>(nullable: false),
                SourceId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkforcePotentials", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkforcePotentials_ParticipantCategories_Category",
                    column: x => x.Category,
                    principalTable: "ParticipantCategories",
                    principalColumn: "Code");
                table.ForeignKey(
                    name: "FK_WorkforcePotentials_Provinces_ProvinceId",
                    column: x => x.ProvinceId,
                    principalTable: "Provinces",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_WorkforcePotentials_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_WorkforcePotentials_Regions_RegionId",
                    column: x => x.RegionId,
                    principalTable: "Regions",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_WorkforcePotentials_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CoverageFigures",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OfficeId = table.Column<int>(nullable: true),
                RegionId = table.Column<int>(nullable: true),
                ProvinceId = table.Column<int>(nullable: true),
                RegencyId = table.Column<int>(nullable: true),
                Period = table.Column<int>(nullable: false),
                PeriodPrecision = table.Column<string>(maxLength: 40, nullable: false),
                Category = table.Column<string>(maxLength: 40, nullable: true),
                OccupationId = table.Column<int>(nullable: true),
                Program = table.Column<string>(maxLength: 40, nullable: true),
                PartnerProgramId = table.Column<int>(nullable: true),
                ActiveParticipants = table.Column<long>(nullable: true),
                NewParticipants = table.Column<long>(nullable: true),
                ActiveEmployers = table.Column<long>(nullable: true),
                WadahCount = table.Column<int>(nullable: true),
                Contributions = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                CoverageRatePercent = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                IsApproximate = table.Column<bool>(nullable: false),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                SourceId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoverageFigures", x => x.Id);
                table.ForeignKey(
                    name: "FK_CoverageFigures_Occupations_OccupationId",
                    column: x => x.OccupationId,
                    principalTable: "Occupations",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_CoverageFigures_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_CoverageFigures_ParticipantCategories_Category",
                    column: x => x.Category,
                    principalTable: "ParticipantCategories",
                    principalColumn: "Code");
                table.ForeignKey(
                    name: "FK_CoverageFigures_PartnerPrograms_PartnerProgramId",
                    column: x => x.PartnerProgramId,
                    principalTable: "PartnerPrograms",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_CoverageFigures_Programs_Program",
                    column: x => x.Program,
                    principalTable: "Programs",
                    principalColumn: "Code");
                table.ForeignKey(
                    name: "FK_CoverageFigures_Provinces_ProvinceId",
                    column: x => x.ProvinceId,
                    principalTable: "Provinces",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_CoverageFigures_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_CoverageFigures_Regions_RegionId",
                    column: x => x.RegionId,
                    principalTable: "Regions",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_CoverageFigures_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Employers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Npp = table.Column<string>(maxLength: 20, nullable: false),
                Nib = table.Column<string>(maxLength: 13, nullable: true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                RegencyId = table.Column<int>(nullable: false),
                OfficeId = table.Column<int>(nullable: false),
                Industry = table.Column<string>(maxLength: 100, nullable: false),
                SizeClass = table.Column<string>(maxLength: 40, nullable: false),
                JkkRiskClass = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                RegisteredOn = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employers", x => x.Id);
                table.ForeignKey(
                    name: "FK_Employers_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employers_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "OfficeRegencyAssignments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OfficeId = table.Column<int>(nullable: false),
                RegencyId = table.Column<int>(nullable: false),
                ValidFrom = table.Column<int>(nullable: false),
                ValidTo = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OfficeRegencyAssignments", x => x.Id);
                table.ForeignKey(
                    name: "FK_OfficeRegencyAssignments_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_OfficeRegencyAssignments_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PartnerProgramOffices",
            columns: table => new
            {
                PartnerProgramId = table.Column<int>(nullable: false),
                OfficeId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerProgramOffices", x => new { x.PartnerProgramId, x.OfficeId });
                table.ForeignKey(
                    name: "FK_PartnerProgramOffices_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_PartnerProgramOffices_PartnerPrograms_PartnerProgramId",
                    column: x => x.PartnerProgramId,
                    principalTable: "PartnerPrograms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Targets",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OfficeId = table.Column<int>(nullable: true),
                RegionId = table.Column<int>(nullable: true),
                ProvinceId = table.Column<int>(nullable: true),
                RegencyId = table.Column<int>(nullable: true),
                Period = table.Column<int>(nullable: false),
                PeriodPrecision = table.Column<string>(maxLength: 40, nullable: false),
                Category = table.Column<string>(maxLength: 40, nullable: true),
                Measure = table.Column<string>(maxLength: 40, nullable: false),
                Figure = table.Column<long>(nullable: false),
                SourceId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Targets", x => x.Id);
                table.ForeignKey(
                    name: "FK_Targets_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Targets_ParticipantCategories_Category",
                    column: x => x.Category,
                    principalTable: "ParticipantCategories",
                    principalColumn: "Code");
                table.ForeignKey(
                    name: "FK_Targets_Provinces_ProvinceId",
                    column: x => x.ProvinceId,
                    principalTable: "Provinces",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Targets_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Targets_Regions_RegionId",
                    column: x => x.RegionId,
                    principalTable: "Regions",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Targets_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Participants",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kpj = table.Column<string>(maxLength: 11, nullable: false),
                NikHash = table.Column<byte[]>(maxLength: 32, nullable: false),
                Category = table.Column<string>(maxLength: 40, nullable: false),
                OccupationId = table.Column<int>(nullable: true),
                EmployerId = table.Column<int>(nullable: true),
                RegencyId = table.Column<int>(nullable: false),
                OfficeId = table.Column<int>(nullable: false),
                Programs = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                RegisteredOn = table.Column<DateOnly>(nullable: false),
                PaidThrough = table.Column<int>(nullable: true),
                EnrolledThroughPartnerProgramId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Participants", x => x.Id);
                table.ForeignKey(
                    name: "FK_Participants_Employers_EmployerId",
                    column: x => x.EmployerId,
                    principalTable: "Employers",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Participants_Occupations_OccupationId",
                    column: x => x.OccupationId,
                    principalTable: "Occupations",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Participants_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Participants_ParticipantCategories_Category",
                    column: x => x.Category,
                    principalTable: "ParticipantCategories",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Participants_PartnerPrograms_EnrolledThroughPartnerProgramId",
                    column: x => x.EnrolledThroughPartnerProgramId,
                    principalTable: "PartnerPrograms",
                    principalColumn: "Id");
                table.ForeignKey(
                    name: "FK_Participants_Regencies_RegencyId",
                    column: x => x.RegencyId,
                    principalTable: "Regencies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ContributionRules_Category",
            table: "ContributionRules",
            column: "Category");

        migrationBuilder.CreateIndex(
            name: "IX_ContributionRules_Program_Category_RiskClass_EffectiveFrom",
            table: "ContributionRules",
            columns: new[] { "Program", "Category", "RiskClass", "EffectiveFrom" });

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_Category_Period",
            table: "CoverageFigures",
            columns: new[] { "Category", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_OccupationId",
            table: "CoverageFigures",
            column: "OccupationId");

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_OfficeId_Period",
            table: "CoverageFigures",
            columns: new[] { "OfficeId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_PartnerProgramId",
            table: "CoverageFigures",
            column: "PartnerProgramId");

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_Program",
            table: "CoverageFigures",
            column: "Program");

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_ProvinceId_Period",
            table: "CoverageFigures",
            columns: new[] { "ProvinceId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_RegencyId_Period",
            table: "CoverageFigures",
            columns: new[] { "RegencyId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_RegionId_Period",
            table: "CoverageFigures",
            columns: new[] { "RegionId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_SourceId",
            table: "CoverageFigures",
            column: "SourceId");

        migrationBuilder.CreateIndex(
            name: "UX_CoverageFigures_NaturalKey",
            table: "CoverageFigures",
            columns: new[] { "Period", "Category", "OfficeId", "RegionId", "ProvinceId", "RegencyId", "OccupationId", "Program", "PartnerProgramId", "SourceId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employers_Nib",
            table: "Employers",
            column: "Nib",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employers_Npp",
            table: "Employers",
            column: "Npp",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employers_OfficeId_Status",
            table: "Employers",
            columns: new[] { "OfficeId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Employers_RegencyId_Status",
            table: "Employers",
            columns: new[] { "RegencyId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Employers_Status_SizeClass",
            table: "Employers",
            columns: new[] { "Status", "SizeClass" });

        migrationBuilder.CreateIndex(
            name: "IX_Occupations_Code",
            table: "Occupations",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_OfficeRegencyAssignments_OfficeId_RegencyId_ValidFrom",
            table: "OfficeRegencyAssignments",
            columns: new[] { "OfficeId", "RegencyId", "ValidFrom" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_OfficeRegencyAssignments_RegencyId_ValidFrom",
            table: "OfficeRegencyAssignments",
            columns: new[] { "RegencyId", "ValidFrom" });

        migrationBuilder.CreateIndex(
            name: "IX_Offices_BranchId",
            table: "Offices",
            column: "BranchId");

        migrationBuilder.CreateIndex(
            name: "IX_Offices_Code",
            table: "Offices",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Offices_Kind",
            table: "Offices",
            column: "Kind");

        migrationBuilder.CreateIndex(
            name: "IX_Offices_RegencyId",
            table: "Offices",
            column: "RegencyId");

        migrationBuilder.CreateIndex(
            name: "IX_Offices_RegionId",
            table: "Offices",
            column: "RegionId");

        migrationBuilder.CreateIndex(
            name: "IX_Participants_Category_Status",
            table: "Participants",
            columns: new[] { "Category", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Participants_EmployerId",
            table: "Participants",
            column: "EmployerId");

        migrationBuilder.CreateIndex(
            name: "IX_Participants_EnrolledThroughPartnerProgramId",
            table: "Participants",
            column: "EnrolledThroughPartnerProgramId");

        migrationBuilder.CreateIndex(
            name: "IX_Participants_Kpj",
            table: "Participants",
            column: "Kpj",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Participants_NikHash",
            table: "Participants",
            column: "NikHash");

        migrationBuilder.CreateIndex(
            name: "IX_Participants_OccupationId",
            table: "Participants",
            column: "OccupationId");

        migrationBuilder.CreateIndex(
            name: "IX_Participants_OfficeId_Category_Status",
            table: "Participants",
            columns: new[] { "OfficeId", "Category", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Participants_RegencyId_Category_Status",
            table: "Participants",
            columns: new[] { "RegencyId", "Category", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Participants_RegisteredOn",
            table: "Participants",
            column: "RegisteredOn");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerProgramAreas_PartnerProgramId",
            table: "PartnerProgramAreas",
            column: "PartnerProgramId");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerProgramAreas_ProvinceId",
            table: "PartnerProgramAreas",
            column: "ProvinceId");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerProgramAreas_RegencyId",
            table: "PartnerProgramAreas",
            column: "RegencyId");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerProgramAreas_RegionId",
            table: "PartnerProgramAreas",
            column: "RegionId");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerProgramOffices_OfficeId",
            table: "PartnerProgramOffices",
            column: "OfficeId");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerPrograms_Code",
            table: "PartnerPrograms",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_PartnerPrograms_Kind_Status",
            table: "PartnerPrograms",
            columns: new[] { "Kind", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_PartnerPrograms_PartnerId",
            table: "PartnerPrograms",
            column: "PartnerId");

        migrationBuilder.CreateIndex(
            name: "IX_PartnerPrograms_SourceId",
            table: "PartnerPrograms",
            column: "SourceId");

        migrationBuilder.CreateIndex(
            name: "IX_Partners_Code",
            table: "Partners",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Partners_Kind",
            table: "Partners",
            column: "Kind");

        migrationBuilder.CreateIndex(
            name: "IX_ProgramEligibilities_Program",
            table: "ProgramEligibilities",
            column: "Program");

        migrationBuilder.CreateIndex(
            name: "IX_Provinces_Code",
            table: "Provinces",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Provinces_RegionId",
            table: "Provinces",
            column: "RegionId");

        migrationBuilder.CreateIndex(
            name: "IX_Regencies_Code",
            table: "Regencies",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Regencies_CompactCode",
            table: "Regencies",
            column: "CompactCode",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Regencies_Kind",
            table: "Regencies",
            column: "Kind");

        migrationBuilder.CreateIndex(
            name: "IX_Regencies_ProvinceId",
            table: "Regencies",
            column: "ProvinceId");

        migrationBuilder.CreateIndex(
            name: "IX_Regions_Code",
            table: "Regions",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Sources_Code",
            table: "Sources",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Sources_Kind",
            table: "Sources",
            column: "Kind");

        migrationBuilder.CreateIndex(
            name: "IX_Targets_Category",
            table: "Targets",
            column: "Category");

        migrationBuilder.CreateIndex(
            name: "IX_Targets_OfficeId_Period",
            table: "Targets",
            columns: new[] { "OfficeId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_Targets_Period_Category",
            table: "Targets",
            columns: new[] { "Period", "Category" });

        migrationBuilder.CreateIndex(
            name: "IX_Targets_ProvinceId_Period",
            table: "Targets",
            columns: new[] { "ProvinceId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_Targets_RegencyId_Period",
            table: "Targets",
            columns: new[] { "RegencyId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_Targets_RegionId_Period",
            table: "Targets",
            columns: new[] { "RegionId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_Targets_SourceId",
            table: "Targets",
            column: "SourceId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkforcePotentials_Category",
            table: "WorkforcePotentials",
            column: "Category");

        migrationBuilder.CreateIndex(
            name: "IX_WorkforcePotentials_Period_Category",
            table: "WorkforcePotentials",
            columns: new[] { "Period", "Category" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkforcePotentials_ProvinceId_Period",
            table: "WorkforcePotentials",
            columns: new[] { "ProvinceId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkforcePotentials_RegencyId_Period",
            table: "WorkforcePotentials",
            columns: new[] { "RegencyId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkforcePotentials_RegionId_Period",
            table: "WorkforcePotentials",
            columns: new[] { "RegionId", "Period" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkforcePotentials_SourceId",
            table: "WorkforcePotentials",
            column: "SourceId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Participants");
        migrationBuilder.DropTable(name: "Targets");
        migrationBuilder.DropTable(name: "PartnerProgramOffices");
        migrationBuilder.DropTable(name: "OfficeRegencyAssignments");
        migrationBuilder.DropTable(name: "Employers");
        migrationBuilder.DropTable(name: "CoverageFigures");
        migrationBuilder.DropTable(name: "WorkforcePotentials");
        migrationBuilder.DropTable(name: "PartnerProgramAreas");
        migrationBuilder.DropTable(name: "Offices");
        migrationBuilder.DropTable(name: "Regencies");
        migrationBuilder.DropTable(name: "PartnerPrograms");
        migrationBuilder.DropTable(name: "Provinces");
        migrationBuilder.DropTable(name: "ProgramEligibilities");
        migrationBuilder.DropTable(name: "ContributionRules");
        migrationBuilder.DropTable(name: "Sources");
        migrationBuilder.DropTable(name: "Regions");
        migrationBuilder.DropTable(name: "Programs");
        migrationBuilder.DropTable(name: "Partners");
        migrationBuilder.DropTable(name: "ParticipantCategories");
        migrationBuilder.DropTable(name: "Occupations");
    }
}
