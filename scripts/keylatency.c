/* Keystroke-to-frame latency for the typing benchmark (scripts/typing-bench.sh).
 *
 * Types TEXT into the focused X window WIN through XTest, one character every INTERVAL ms,
 * and for each character measures the time from sending the key to the first Damage
 * notification of WIN, i.e. until the app has put new pixels on the screen. Prints one
 * latency in microseconds per line; a character whose frame did not come within 2 s prints
 * "timeout".
 *
 * Build: cc -O2 -o keylatency keylatency.c -lX11 -lXtst -lXdamage
 * Usage: keylatency WIN INTERVAL_MS TEXT
 */
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>
#include <X11/keysym.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>

static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Drains pending events; returns 1 when one of them is a Damage notification. */
static int drain(Display *dpy, int damage_event) {
  int damaged = 0;
  while (XPending(dpy)) {
    XEvent ev;
    XNextEvent(dpy, &ev);
    if (ev.type == damage_event + XDamageNotify) damaged = 1;
  }
  return damaged;
}

static void wait_us(Display *dpy, long long us) {
  int fd = ConnectionNumber(dpy);
  fd_set set;
  struct timeval tv = {us / 1000000, us % 1000000};
  FD_ZERO(&set);
  FD_SET(fd, &set);
  select(fd + 1, &set, NULL, NULL, &tv);
}

static void send_char(Display *dpy, char c) {
  KeySym sym = c == ' ' ? XK_space : XStringToKeysym((char[]){c, 0});
  KeyCode code = XKeysymToKeycode(dpy, sym);
  int shift = c >= 'A' && c <= 'Z';
  KeyCode shift_code = XKeysymToKeycode(dpy, XK_Shift_L);
  if (shift) XTestFakeKeyEvent(dpy, shift_code, True, 0);
  XTestFakeKeyEvent(dpy, code, True, 0);
  XTestFakeKeyEvent(dpy, code, False, 0);
  if (shift) XTestFakeKeyEvent(dpy, shift_code, False, 0);
  XFlush(dpy);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s WIN INTERVAL_MS TEXT\n", argv[0]);
    return 2;
  }
  Window win = (Window)strtoul(argv[1], NULL, 0);
  long long interval = atoll(argv[2]) * 1000;
  const char *text = argv[3];
  Display *dpy = XOpenDisplay(NULL);
  if (!dpy) {
    fprintf(stderr, "keylatency: cannot open display\n");
    return 1;
  }
  int damage_event, damage_error;
  if (!XDamageQueryExtension(dpy, &damage_event, &damage_error)) {
    fprintf(stderr, "keylatency: no Damage extension\n");
    return 1;
  }
  Damage damage = XDamageCreate(dpy, win, XDamageReportNonEmpty);
  XSync(dpy, False);
  for (size_t i = 0; text[i]; i++) {
    long long start = now_us();
    drain(dpy, damage_event);
    XDamageSubtract(dpy, damage, None, None);
    XSync(dpy, False);
    drain(dpy, damage_event);
    long long t0 = now_us();
    send_char(dpy, text[i]);
    int seen = 0;
    while (!seen && now_us() - t0 < 2000000) {
      wait_us(dpy, 2000);
      seen = drain(dpy, damage_event);
    }
    if (seen) printf("%lld\n", now_us() - t0);
    else printf("timeout\n");
    fflush(stdout);
    long long left = interval - (now_us() - start);
    if (left > 0) {
      struct timespec ts = {left / 1000000, (left % 1000000) * 1000};
      nanosleep(&ts, NULL);
    }
  }
  XDamageDestroy(dpy, damage);
  XCloseDisplay(dpy);
  return 0;
}
