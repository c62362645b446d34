/** A noise complaint call in 禅城, with everything an operator types: tests and the benchmark start from it. */
export function callBody(overrides: Record<string, unknown> = {}) {
  return {
    caller: { phone: '13912340001', name: '陈大文', anonymous: false },
    location: {
      address: '佛山市禅城区祖庙街道季华路 88 号',
      districtCode: '440604',
      lng: 113.112,
      lat: 23.026,
    },
    type: 'complaint',
    subject: 'noise',
    content: '季华路 88 号附近工地凌晨两点仍在打桩施工，噪音很大，影响休息。来电人电话 13912340001。',
    urgency: 'normal',
    disposition: { kind: 'dispatch' },
    ...overrides,
  };
}
