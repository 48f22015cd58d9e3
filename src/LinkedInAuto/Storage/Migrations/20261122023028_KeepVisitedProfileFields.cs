using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkedInAuto.Storage.Migrations
{
    /// <inheritdoc />
    public partial class KeepVisitedProfileFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "company",
                table: "profile_visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "degree",
                table: "profile_visits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "full_name",
                table: "profile_visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "headline",
                table: "profile_visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location",
                table: "profile_visits",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "company",
                table: "profile_visits");

            migrationBuilder.DropColumn(
                name: "degree",
                table: "profile_visits");

            migrationBuilder.DropColumn(
                name: "full_name",
                table: "profile_visits");

            migrationBuilder.DropColumn(
                name: "headline",
                table: "profile_visits");

            migrationBuilder.DropColumn(
                name: "location",
                table: "profile_visits");
        }
    }
}
