#!/usr/bin/env bash
# Builds dist/linkedin-auto_<version>_<arch>.deb from the self-contained publish in dist/<RID>/ (made by
# `./build.sh publish RID`; `./build.sh deb RID` runs both). No debhelper: a staging tree and
# `dpkg-deb --root-owner-group --build`, so the maintainer scripts in packaging/debian/ are the whole story.
# Prints the path of the package on stdout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PKG="$ROOT/packaging"
rid="${1:?usage: packaging/build-deb.sh RID   (linux-x64 or linux-arm64)}"

case "$rid" in
    linux-x64) arch=amd64 ; strip_tool=x86_64-linux-gnu-strip ;;
    linux-arm64) arch=arm64 ; strip_tool=aarch64-linux-gnu-strip ;;
    *) echo "build-deb: unsupported RID '$rid' (expected linux-x64 or linux-arm64)" >&2; exit 2 ;;
esac
publish="$ROOT/dist/$rid"
[ -x "$publish/linkedin-auto" ] || { echo "build-deb: no publish in $publish; run ./build.sh publish $rid" >&2; exit 1; }

# The Debian version is the top changelog entry; its upstream part must be the project's <Version>.
upstream="$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' "$ROOT/Directory.Build.props")"
version="$(dpkg-parsechangelog -l "$PKG/debian/changelog" -S Version)"
if [ "${version%-*}" != "$upstream" ]; then
    echo "build-deb: packaging/debian/changelog is at $version but Directory.Build.props says $upstream; add a changelog entry" >&2
    exit 1
fi
# Reproducible timestamps: every file gets the changelog entry's date.
SOURCE_DATE_EPOCH="$(dpkg-parsechangelog -l "$PKG/debian/changelog" -S Timestamp)"
export SOURCE_DATE_EPOCH

stage="$ROOT/dist/deb-$arch"
root="$stage/root"
rm -rf "$stage"
mkdir -p "$root"

# --- The application: the publish, minus what is never used on a Debian host -----------------------------
app="$root/usr/lib/linkedin-auto"
mkdir -p "$app"
cp -a "$publish/." "$app/"
# libcoreclrtraceptprovider.so: LTTng tracing (needs liblttng-ust, never loaded without it).
# linkedin-auto.xml: API documentation for IDEs. selectors.yaml: shipped in /usr/share/linkedin-auto instead.
# playwright.ps1, package/bin/*: Windows/macOS browser installers and `playwright install` helpers.
# package/lib/xdg-open: opens reports in a desktop browser (`show-report`), not part of the driver.
rm -rf "$app/libcoreclrtraceptprovider.so" "$app/linkedin-auto.xml" "$app/selectors.yaml" "$app/playwright.ps1" \
    "$app/.playwright/package/bin" "$app/.playwright/package/lib/xdg-open"

# Only these three are executables; everything else is data or a library loaded by them.
executables=(linkedin-auto createdump ".playwright/node/$rid/node")
for e in "${executables[@]}"; do
    [ -f "$app/$e" ] || { echo "build-deb: $e missing from the publish" >&2; exit 1; }
done
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
for e in "${executables[@]}"; do chmod 0755 "$app/$e"; done

# Strip what the publish ships unstripped (Playwright's node: 127 MB with debug info; libe_sqlite3.so), the
# way dh_strip does. A foreign-architecture build needs that architecture's binutils.
if [ "$(uname -m)" = "${strip_tool%%-*}" ] && ! command -v "$strip_tool" >/dev/null; then strip_tool=strip; fi
command -v "$strip_tool" >/dev/null || {
    echo "build-deb: $strip_tool not found; install binutils-${strip_tool%-strip} (see README, 'Building for arm64')" >&2
    exit 1
}
while IFS= read -r -d '' f; do
    if [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && readelf -S "$f" 2>/dev/null | grep ' \.symtab ' >/dev/null; then
        case "$f" in
            *.so) "$strip_tool" --remove-section=.comment --remove-section=.note --strip-unneeded "$f" ;;
            *) "$strip_tool" --remove-section=.comment --remove-section=.note "$f" ;;
        esac
    fi
done < <(find "$app" -type f \( -name '*.so' -o -perm -u+x \) -print0)

mkdir -p "$root/usr/bin"
ln -s ../lib/linkedin-auto/linkedin-auto "$root/usr/bin/linkedin-auto"

# --- Configuration (conffiles), data, unit, system integration --------------------------------------------
install -D -m 0644 "$ROOT/config/config.yaml" "$root/etc/linkedin-auto/config.yaml"
(cd "$ROOT/config" && find messages -type f -name '*.txt' -print0) | while IFS= read -r -d '' m; do
    install -D -m 0644 "$ROOT/config/$m" "$root/etc/linkedin-auto/$m"
done
install -D -m 0644 "$ROOT/config/selectors.yaml" "$root/usr/share/linkedin-auto/selectors.yaml"
install -D -m 0644 "$ROOT/systemd/linkedin-auto.service" "$root/lib/systemd/system/linkedin-auto.service"
# The web page (docs/web.md): shipped disabled, enabled by the owner once a password is set.
install -D -m 0644 "$ROOT/systemd/linkedin-auto-web.service" "$root/lib/systemd/system/linkedin-auto-web.service"
install -D -m 0644 "$ROOT/systemd/linkedin-auto-web.socket" "$root/lib/systemd/system/linkedin-auto-web.socket"
# Copied into /etc/systemd/zram-generator.conf.d/ by postinst only when the admin has no zram config (README).
install -D -m 0644 "$ROOT/zram/zram-generator.conf" "$root/usr/share/linkedin-auto/zram/zram-generator.conf"
install -D -m 0644 "$ROOT/zram/sysctl.conf" "$root/usr/lib/sysctl.d/60-linkedin-auto-zram.conf"

doc="$root/usr/share/doc/linkedin-auto"
install -D -m 0644 "$PKG/debian/copyright" "$doc/copyright"
gzip -9n -c "$PKG/debian/changelog" > "$doc/changelog.Debian.gz"
install -D -m 0644 "$ROOT/README.md" "$doc/README.md"
install -D -m 0644 "$ROOT/docs/web.md" "$doc/web.md"
install -D -m 0644 "$ROOT/systemd/linkedin-auto.service.d/override.conf.example" "$doc/examples/override.conf"
mkdir -p "$root/usr/share/man/man1"
gzip -9n -c "$PKG/linkedin-auto.1" > "$root/usr/share/man/man1/linkedin-auto.1.gz"
install -D -m 0644 "$PKG/bash-completion/linkedin-auto" "$root/usr/share/bash-completion/completions/linkedin-auto"
install -D -m 0644 "$PKG/debian/lintian-overrides" "$root/usr/share/lintian/overrides/linkedin-auto"
find "$root" -type d -exec chmod 0755 {} +

# --- Control area -------------------------------------------------------------------------------------------
# libc6's minimum version: the newest GLIBC_x.y symbol version any shipped ELF file needs.
glibc="$(find "$app" -type f \( -name '*.so' -o -perm -u+x \) -exec readelf -V --wide {} + 2>/dev/null \
    | sed -n 's/.*Name: GLIBC_\([0-9.]*\).*/\1/p' | sort -Vu | tail -n 1)"
[ -n "$glibc" ] || { echo "build-deb: could not read the glibc version needed by the binaries" >&2; exit 1; }
installed_size="$(du -sk --apparent-size "$root" | cut -f1)"

control="$root/DEBIAN"
mkdir -p "$control"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@GLIBC@/$glibc/" \
    "$PKG/debian/control.in" > "$control/control"
(cd "$root" && find etc -type f | sort | sed 's|^|/|') > "$control/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "$PKG/debian/$script" "$control/$script"
done
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$control/md5sums"
chmod 0644 "$control/control" "$control/conffiles" "$control/md5sums"

find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
# xz (lintian rejects zstd members). Level 1 on every core: ~40 s and 68 MB on 2 cores, where the default level 6
# takes 4 minutes for 59 MB; DEB_XZ_LEVEL=6 for a release build if the 9 MB matter.
deb="$ROOT/dist/linkedin-auto_${version}_${arch}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-1}" --threads-max="$(nproc)" --build "$root" "$deb" >&2
echo "$deb"
