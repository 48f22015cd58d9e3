// syscall(2) for the arm64 system-test image under QEMU user emulation, preloaded into every process of the container
// (/etc/ld.so.preload of the ephemeral copy; never part of the package).
//
// systemd 252 sets up a unit's credentials (LoadCredential=, LoadCredentialEncrypted=) in a child forked with
// syscall(SYS_clone, CLONE_NEWNS | SIGCHLD); QEMU's user emulation refuses any namespace flag in clone() (EINVAL), so
// every unit with credentials fails with 243/CREDENTIALS, the product's among them. This does what the kernel would:
// a plain fork (which QEMU emulates), then unshare(CLONE_NEWNS) in the child, which QEMU passes to the kernel.
// Every other call is the plain system call, as glibc's syscall() makes it: arguments shifted into x0-x5, number in x8,
// -4095..-1 returned as -1 with errno set.
// Built by packaging/systemtest/container.sh with binutils-aarch64-linux-gnu (as, ld).

    .text
    .globl  syscall
    .type   syscall, %function
syscall:
    mov     x8, x0                  // the system call number
    mov     x0, x1                  // its six arguments
    mov     x1, x2
    mov     x2, x3
    mov     x3, x4
    mov     x4, x5
    mov     x5, x6
    cmp     x8, #220                // __NR_clone
    b.ne    .Lsyscall
    tst     x0, #0x20000            // CLONE_NEWNS
    b.eq    .Lsyscall
    bic     x0, x0, #0x20000        // clone() without it: a fork
    svc     #0
    cbnz    x0, .Lresult            // the parent (child's PID) or an error
    mov     x0, #0x20000            // the child: unshare(CLONE_NEWNS)
    mov     x8, #97                 // __NR_unshare
    svc     #0
    cbz     x0, .Lreturn            // the child returns 0, as from clone()
    mov     x0, #1                  // no namespace: the child must not run on in the parent's
    mov     x8, #94                 // __NR_exit_group
    svc     #0
.Lsyscall:
    svc     #0
.Lresult:
    cmn     x0, #4095               // -4095..-1: an error number
    b.hs    .Lerror
.Lreturn:
    ret
.Lerror:
    stp     x29, x30, [sp, #-32]!
    mov     x29, sp
    neg     x0, x0
    str     x0, [sp, #16]
    bl      __errno_location
    ldr     x1, [sp, #16]
    str     w1, [x0]
    mov     x0, #-1
    ldp     x29, x30, [sp], #32
    ret
    .size   syscall, .-syscall

    .section .note.GNU-stack, "", %progbits
