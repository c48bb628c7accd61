window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({ at: Math.round(e.startTime), value: e.value }); }).observe({ type: 'layout-shift', buffered: true });
