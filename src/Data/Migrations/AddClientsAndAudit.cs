using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BpjsTk.Data.Migrations;

/// <summary>API clients (keys kept as hashes) and the audit of membership checks (subjects kept as keyed hashes).</summary>
[DbContext(typeof(BpjsTkDbContext))]
[SuppressMessage("Performance", "CA1861:Avoid constant arrays as arguments", Justification = "A migration runs once per database.")]
[Migration("20261122000200_AddClientsAndAudit")]
internal sealed class AddClientsAndAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ApiClients",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: false),
                KeyPrefix = table.Column<string>(maxLength: 16, nullable: false),
                KeyHash = table.Column<byte[]>(maxLength: 32, nullable: false),
                Scopes = table.Column<string>(maxLength: 300, nullable: false),
                RegencyCodes = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiClients", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "MembershipCheckAudits",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                CheckedAt = table.Column<DateTime>(nullable: false),
                ClientId = table.Column<int>(nullable: false),
                Purpose = table.Column<string>(maxLength: 200, nullable: false),
                SubjectKind = table.Column<string>(maxLength: 40, nullable: false),
                SubjectHash = table.Column<byte[]>(maxLength: 32, nullable: false),
                Result = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MembershipCheckAudits", x => x.Id);
                table.ForeignKey(
                    name: "FK_MembershipCheckAudits_ApiClients_ClientId",
                    column: x => x.ClientId,
                    principalTable: "ApiClients",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ApiClients_KeyPrefix",
            table: "ApiClients",
            column: "KeyPrefix",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ApiClients_Name",
            table: "ApiClients",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_MembershipCheckAudits_CheckedAt",
            table: "MembershipCheckAudits",
            column: "CheckedAt");

        migrationBuilder.CreateIndex(
            name: "IX_MembershipCheckAudits_ClientId_CheckedAt",
            table: "MembershipCheckAudits",
            columns: new[] { "ClientId", "CheckedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MembershipCheckAudits");
        migrationBuilder.DropTable(name: "ApiClients");
    }
}
